using Dialogue.Workflows.Runtime;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>Plan and command ids are Unicode NFC on every host, globalization-invariant ones included.</summary>
public sealed class IdentifierTests
{
    // (as typed, decomposed or mixed; NFC), from the Unicode Character Database's own normalisation.
    public static TheoryData<string, string> Forms => new()
    {
        { "phu\u031bo\u031b\u0300ng-be\u0302\u0301n-nghe\u0301", "ph\u01b0\u1eddng-b\u1ebfn-ngh\u00e9" },
        { "Nguye\u0302\u0303n Va\u0306n A\u0302\u0309n", "Nguy\u1ec5n V\u0103n \u1ea8n" },
        { "U\u0309y ban MTTQ", "\u1ee6y ban MTTQ" },
        { "\u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165", "\ud55c\uad6d\uc5b4" },
        { "e\u0301\u0323", "\u1eb9\u0301" },
        { "a\u0302\u0323", "\u1ead" },
        { "\u212b", "\u00c5" },
        { "\u0958", "\u0915\u093c" },
        { "q\u0307\u0323", "q\u0323\u0307" },
        { "plan-2024", "plan-2024" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void PlanId_AnyForm_IsItsNfc(string typed, string nfc) => Assert.Equal(nfc, Identifiers.PlanId(typed), StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Forms))]
    public void PlanId_OfItsOwnResult_ChangesNothing(string typed, string nfc)
    {
        _ = typed;
        Assert.Equal(nfc, Identifiers.PlanId(nfc), StringComparer.Ordinal);
    }

    [Fact]
    public void CommandId_TooLong_IsRefusedNamingTheRule() =>
        Assert.Equal("id.too-long", Assert.Throws<InvalidIdentifierException>(() => Identifiers.CommandId(new string('c', 201))).Rule);

    [Fact]
    public void PlanIdOf_ACommandId_IsTheSameEveryTime() =>
        Assert.Equal(Identifiers.PlanIdOf("create-2024"), Identifiers.PlanIdOf("create-2024"));
}

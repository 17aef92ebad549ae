using Dialogue.Workflows.Party.PartyCommittee;
using Dialogue.Workflows.Runtime;
using NodaTime;

namespace Dialogue.Workflows.Party.Tests.PartyCommittee;

/// <summary>The party-committee plan type in a <see cref="PlanTypeHarness"/>, with the actors of the Phường IV 2023 plan.</summary>
internal sealed class PartyCommitteeFixture(LocalDate today) : PlanTypeHarness(new PartyCommitteePlanType(), today, "phuong-iv-2023")
{
    public static readonly Actor Office = new("vp-du", "Cán bộ Văn phòng Đảng ủy", "party-office");
    public static readonly Actor OfficeByOrder = Office with { Signing = SigningForm.ByOrder };
    public static readonly Actor Secretary = new("bt-du", "Bí thư Đảng ủy", "secretary") { Position = UnitPosition.Head, Signing = SigningForm.OnBehalfOf };
    public static readonly Actor DeputySecretary = new("pbt-du", "Phó Bí thư Đảng ủy", "secretary")
    {
        Position = UnitPosition.Deputy, Signing = SigningForm.ForTheHead,
    };

    public static readonly Actor CouncilChair = new("ct-hdnd", "Chủ tịch HĐND Phường", "council-chair") { Position = UnitPosition.Head };
    public static readonly Actor CommitteeChair = new("ct-ubnd", "Chủ tịch UBND Phường", "pc-chair") { Position = UnitPosition.Head };
    public static readonly Actor Council = new("tt-hdnd", "Thường trực HĐND Phường", "council");
    public static readonly Actor PeoplesCommittee = new("ubnd", "Công chức Văn phòng - Thống kê (UBND Phường)", "people-committee");
    public static readonly Actor GovernmentOffice = new("vp-hdnd-ubnd", "Công chức Văn phòng HĐND và UBND", "council-pc-office");
    public static readonly Actor FrontOfficer = new("mttq", "Chủ tịch Ủy ban MTTQ Phường", "front") { Position = UnitPosition.Head };

    /// <summary>Creates the plan, drawn up by the Party committee's office.</summary>
    public Task<PlanInstance> CreateAsync(params (string Key, string Value)[] parameters) => CreateAsync(Office, parameters);
}

using Dialogue.Workflows.Runtime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>The words <c>--role</c> and <c>--signing</c> accept, and how positions and signing forms are written back.</summary>
/// <remarks>
/// A position is given in English or in Vietnamese, with or without diacritics ("trưởng", "truong"),
/// because clerks type both; a signing form as the documents print it (TM., KT., TL., TUQ.), the dot optional.
/// </remarks>
internal static class ActorWords
{
    /// <summary>What <c>--role</c> accepts, for help and errors.</summary>
    public const string RoleValues = "head (trưởng), deputy (phó), staff (công chức, chuyên viên, nhân viên)";

    /// <summary>What <c>--signing</c> accepts, for help and errors.</summary>
    public const string SigningValues = "TM, KT, TL, TUQ";

    private static readonly Dictionary<string, UnitPosition> Positions = new(StringComparer.Ordinal)
    {
        ["head"] = UnitPosition.Head,
        ["truong"] = UnitPosition.Head,
        ["trưởng"] = UnitPosition.Head,
        ["deputy"] = UnitPosition.Deputy,
        ["pho"] = UnitPosition.Deputy,
        ["phó"] = UnitPosition.Deputy,
        ["staff"] = UnitPosition.Staff,
        ["cong-chuc"] = UnitPosition.Staff,
        ["công-chức"] = UnitPosition.Staff,
        ["chuyen-vien"] = UnitPosition.Staff,
        ["chuyên-viên"] = UnitPosition.Staff,
        ["nhan-vien"] = UnitPosition.Staff,
        ["nhân-viên"] = UnitPosition.Staff,
    };

    private static readonly Dictionary<string, SigningForm> Forms = new(StringComparer.Ordinal)
    {
        ["tm"] = SigningForm.OnBehalfOf,
        ["kt"] = SigningForm.ForTheHead,
        ["tl"] = SigningForm.ByOrder,
        ["tuq"] = SigningForm.ByDelegation,
    };

    /// <summary>Reads a position: <c>head</c>, <c>trưởng</c>, <c>truong</c>, <c>phó</c>, <c>công chức</c> …</summary>
    /// <param name="text">The text.</param>
    /// <param name="position">The position, when the method returns true.</param>
    /// <returns>True when the text names a position.</returns>
    public static bool TryPosition(string text, out UnitPosition position) => Positions.TryGetValue(Fold(text), out position);

    /// <summary>Reads a signing form: <c>TM</c>, <c>KT.</c>, <c>tuq</c> …</summary>
    /// <param name="text">The text.</param>
    /// <param name="form">The form, when the method returns true.</param>
    /// <returns>True when the text names a form.</returns>
    public static bool TrySigning(string text, out SigningForm form) => Forms.TryGetValue(Fold(text).TrimEnd('.'), out form);

    /// <summary>A position as <c>--role</c> writes it: head, deputy, staff.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The word.</returns>
    public static string Position(UnitPosition position) => position.ToString().ToLowerInvariant();

    /// <summary>A signing form as documents print it; null for a signature in one's own name.</summary>
    /// <param name="form">The form.</param>
    /// <returns>TM., KT., TL., TUQ., or null.</returns>
    public static string? Signing(SigningForm form) => form switch
    {
        SigningForm.OnBehalfOf => "TM.",
        SigningForm.ForTheHead => "KT.",
        SigningForm.ByOrder => "TL.",
        SigningForm.ByDelegation => "TUQ.",
        _ => null,
    };

    /// <summary>The actor's position and signing form in a few words: "head", "deputy, KT.".</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The text.</returns>
    public static string Capacity(Actor actor) =>
        Signing(actor.Signing) is { } form ? $"{Position(actor.Position)}, {form}" : Position(actor.Position);

    // Lower case, spaces as hyphens: "Công chức" → "công-chức". The spellings with and without diacritics are both listed
    // above, since the tool runs with invariant globalization, where Unicode normalization is not available everywhere.
    private static string Fold(string text) => text.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
}

namespace Dialogue.Workflows.Calendar;

/// <summary>The sexagenary cycle (Can Chi) that names lunar years: ten stems (Can) times twelve branches (Chi).</summary>
/// <remarks>Vietnamese names: the fourth branch is Mão (cat), not the Chinese rabbit; 1984 and 2044 are Giáp Tý.</remarks>
public static class SexagenaryCycle
{
    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];
    private static readonly string[] Names = BuildNames();

    /// <summary>The Can Chi name of a lunar year.</summary>
    /// <param name="lunarYear">Any lunar year (the cycle repeats every 60 years).</param>
    /// <returns>For example "Giáp Thìn" for 2024, "Bính Ngọ" for 2026.</returns>
    /// <example><code>SexagenaryCycle.YearName(2024) // "Giáp Thìn"</code></example>
    public static string YearName(int lunarYear) => Names[Mod(lunarYear - 1984, 60)];

    /// <summary>The heavenly stem (Can) of a lunar year, e.g. "Giáp" for 2024.</summary>
    /// <param name="lunarYear">Any lunar year.</param>
    /// <returns>One of the ten stems.</returns>
    public static string Stem(int lunarYear) => Stems[Mod(lunarYear - 1984, 10)];

    /// <summary>The earthly branch (Chi) of a lunar year, e.g. "Thìn" for 2024.</summary>
    /// <param name="lunarYear">Any lunar year.</param>
    /// <returns>One of the twelve branches.</returns>
    public static string Branch(int lunarYear) => Branches[Mod(lunarYear - 1984, 12)];

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;

    // Names are built once so that naming a year never allocates.
    private static string[] BuildNames()
    {
        var names = new string[60];
        for (var i = 0; i < 60; i++)
        {
            names[i] = $"{Stems[i % 10]} {Branches[i % 12]}";
        }

        return names;
    }
}

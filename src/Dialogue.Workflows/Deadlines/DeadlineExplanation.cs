using System.Text;
using Dialogue.Workflows.Calendar;

namespace Dialogue.Workflows.Deadlines;

/// <summary>
/// Why a deadline falls where it does, in Vietnamese and in English: the rule (quoting the
/// document), the anchor, the counting convention, each day skipped or moved over and why, and the
/// legal basis — as text for people and as data for programs.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="SkippedDays"/> holds the non-working days the computation went past: for a count in
/// working days, the days off inside the counted span; for a deadline moved off a day off, the days it
/// was moved over. Days off inside a period counted in calendar days are not listed: they count like
/// any other day. For a pending deadline the list is empty until the anchor has its date.
/// </para>
/// <para>
/// The Vietnamese text is authoritative: the English follows it line by line for hosts and readers
/// who need it. Dates are written dd/MM/yyyy in Vietnamese and yyyy-MM-dd in English.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var deadline = DeadlineRule.WithinDaysAfter(10).Compute(Anchor.On(new(2023, 8, 23), "ngày tổ chức hội nghị"), WorkingCalendar.Default);
/// Console.WriteLine(deadline.Explanation.Text);
/// // Hạn: hết ngày Thứ Ba 05/09/2023.
/// // …
/// // - 02/09/2023 Quốc khánh (2/9), trùng Thứ Bảy (nghỉ bù ngày làm việc kế tiếp) …
/// </code>
/// </example>
public sealed class DeadlineExplanation
{
    internal DeadlineExplanation(
        (string Vi, string En) summary,
        (string Vi, string En) rule,
        string? phrase,
        (string Vi, string En) anchor,
        CountingConvention convention,
        (string Vi, string En) computation,
        IReadOnlyList<CalendarDay> skippedDays,
        IReadOnlyList<DeadlineWarning> warnings)
    {
        (Summary, EnglishSummary) = summary;
        (RuleDescription, EnglishRuleDescription) = rule;
        Phrase = phrase;
        (AnchorDescription, EnglishAnchorDescription) = anchor;
        Convention = convention;
        (ConventionDescription, EnglishConventionDescription) = Wording.Convention(convention);
        (Computation, EnglishComputation) = computation;
        SkippedDays = skippedDays;
        (LegalBasis, EnglishLegalBasis) = Wording.LegalBasis(convention);
        Text = Render(english: false, warnings);
        EnglishText = Render(english: true, warnings);
    }

    /// <summary>The outcome in one line: "Hạn: hết ngày Thứ Ba 05/09/2023."</summary>
    public string Summary { get; }

    /// <summary>The outcome in one line, in English: "Due: end of Tuesday 2023-09-05."</summary>
    public string EnglishSummary { get; }

    /// <summary>The rule in words, quoting the document's phrase when the rule has one.</summary>
    public string RuleDescription { get; }

    /// <summary>The rule in words, in English (the quoted phrase stays Vietnamese).</summary>
    public string EnglishRuleDescription { get; }

    /// <summary>The document's own words for the rule (<see cref="DeadlineRule.Phrase"/>), if given.</summary>
    public string? Phrase { get; }

    /// <summary>The anchor: the event and its date or period, or that the rule needs none.</summary>
    public string AnchorDescription { get; }

    /// <summary>The anchor, in English.</summary>
    public string EnglishAnchorDescription { get; }

    /// <summary>The counting convention used.</summary>
    public CountingConvention Convention { get; }

    /// <summary>The counting convention in words: which ends count, and what happens on a day off.</summary>
    public string ConventionDescription { get; }

    /// <summary>The counting convention in words, in English.</summary>
    public string EnglishConventionDescription { get; }

    /// <summary>The computation step by step: "15/09/2023 lùi 10 ngày theo lịch là 05/09/2023 …".</summary>
    public string Computation { get; }

    /// <summary>The computation step by step, in English.</summary>
    public string EnglishComputation { get; }

    /// <summary>Each non-working day skipped or moved over, in date order, with why (<see cref="CalendarDay.Name"/>).</summary>
    public IReadOnlyList<CalendarDay> SkippedDays { get; }

    /// <summary>The legal basis, or, for backward periods, that the Civil Code has none and which library convention applies.</summary>
    public string LegalBasis { get; }

    /// <summary>The legal basis, in English.</summary>
    public string EnglishLegalBasis { get; }

    /// <summary>The whole explanation in Vietnamese, one item per line.</summary>
    public string Text { get; }

    /// <summary>The whole explanation in English, one item per line.</summary>
    public string EnglishText { get; }

    /// <summary>The Vietnamese text.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;

    private string Render(bool english, IReadOnlyList<DeadlineWarning> warnings)
    {
        var text = new StringBuilder();
        text.Append(english ? EnglishSummary : Summary).Append('\n');
        text.Append(english ? "Rule: " : "Quy định: ").Append(english ? EnglishRuleDescription : RuleDescription).Append('\n');
        text.Append(english ? "Anchor: " : "Mốc: ").Append(english ? EnglishAnchorDescription : AnchorDescription).Append('\n');
        text.Append(english ? "Counting: " : "Cách tính: ").Append(english ? EnglishConventionDescription : ConventionDescription).Append('\n');
        text.Append(english ? "Computation: " : "Tính toán: ").Append(english ? EnglishComputation : Computation).Append('\n');
        text.Append(english ? "Days skipped or moved over:" : "Ngày nghỉ được bỏ qua hoặc dời qua:");
        if (SkippedDays.Count == 0)
        {
            text.Append(english ? " none.\n" : " không có.\n");
        }
        else
        {
            text.Append('\n');
            foreach (var day in SkippedDays)
            {
                text.Append("- ").Append(english ? Wording.EnglishDayLine(day) : Wording.DayLine(day)).Append('\n');
            }
        }

        text.Append(english ? "Legal basis: " : "Căn cứ: ").Append(english ? EnglishLegalBasis : LegalBasis).Append('\n');
        if (warnings.Count > 0)
        {
            text.Append(english ? "Warnings:" : "Cảnh báo:").Append('\n');
            foreach (var warning in warnings)
            {
                text.Append("- [").Append(warning.Code).Append("] ").Append(english ? warning.EnglishMessage : warning.Message).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }
}

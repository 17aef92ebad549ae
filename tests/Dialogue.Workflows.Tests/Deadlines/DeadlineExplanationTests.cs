using Dialogue.Workflows.Deadlines;
using static Dialogue.Workflows.Tests.Deadlines.Dates;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>A clerk asks "why is this date the deadline?": the explanation answers in Vietnamese and English.</summary>
public sealed class DeadlineExplanationTests
{
    [Fact]
    public void Explanation_ResultsTenDaysAfterSessionOn20230823_NamesEachDayMovedOverAndTheCivilCode()
    {
        var session = Anchor.On(D("2023-08-23"), "ngày tổ chức hội nghị", "the meeting");
        var deadline = DeadlineRule.WithinDaysAfter(10, "chậm nhất 10 ngày kể từ ngày tổ chức").Compute(session, Vn);
        var explanation = deadline.Explanation;

        Assert.Equal("Hạn: hết ngày Thứ Ba 05/09/2023.", explanation.Summary);
        Assert.Equal("Due: end of Tuesday 2023-09-05.", explanation.EnglishSummary);
        Assert.Equal("“chậm nhất 10 ngày kể từ ngày tổ chức”: trong 10 ngày kể từ ngày tổ chức hội nghị", explanation.RuleDescription);
        Assert.Equal("“chậm nhất 10 ngày kể từ ngày tổ chức”: within 10 days after the meeting", explanation.EnglishRuleDescription);
        Assert.Equal("chậm nhất 10 ngày kể từ ngày tổ chức", explanation.Phrase);
        Assert.Equal("ngày tổ chức hội nghị – Thứ Tư 23/08/2023.", explanation.AnchorDescription);
        Assert.StartsWith("Điều 147, 148 Bộ luật Dân sự 2015", explanation.LegalBasis, StringComparison.Ordinal);
        Assert.StartsWith("Civil Code 2015, Articles 147 and 148", explanation.EnglishLegalBasis, StringComparison.Ordinal);
        Assert.Contains("- 02/09/2023 Quốc khánh (2/9)", explanation.Text, StringComparison.Ordinal);
        Assert.Contains("- 03/09/2023 Chủ nhật – nghỉ hằng tuần", explanation.Text, StringComparison.Ordinal);
        Assert.Contains("- 04/09/2023 Nghỉ bù Quốc khánh (2/9)", explanation.Text, StringComparison.Ordinal);
        Assert.Contains("- 2023-09-03 Sunday – weekly rest", explanation.EnglishText, StringComparison.Ordinal);
        Assert.Contains("ngày cuối cùng là Thứ Bảy 02/09/2023, là ngày nghỉ", explanation.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_BackwardRule_SaysTheCivilCodeHasNoRuleAndWhichConventionApplies()
    {
        var explanation = DeadlineRule.CalendarDaysBefore(10).Compute(Session("2023-09-12"), Vn).Explanation;

        Assert.Contains("không có quy định về thời hạn tính lùi", explanation.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("quy ước của thư viện: lùi về ngày làm việc liền trước", explanation.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("has no rule for periods counted backwards", explanation.EnglishLegalBasis, StringComparison.Ordinal);
        Assert.Contains("- 01/09/2023 Quốc khánh (ngày liền kề 1/9)", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_WorkingDaysBeforeDefault_NamesTheBothEndsExcludedConvention()
    {
        var explanation = DeadlineRule.WorkingDaysBefore(7, phrase: "trước thời điểm tổ chức đối thoại ít nhất 07 ngày làm việc")
            .Compute(Session("2023-09-15"), Vn).Explanation;

        Assert.Equal(CountingConvention.WorkingDaysBeforeExcludingBothEnds, explanation.Convention);
        Assert.Contains("không tính ngày đến hạn và không tính ngày mốc", explanation.ConventionDescription, StringComparison.Ordinal);
        Assert.Contains("neither the due day nor the anchor day counts", explanation.EnglishConventionDescription, StringComparison.Ordinal);
        Assert.Contains("không tính cả hai đầu", explanation.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("trọn 7 ngày làm việc, từ 06/09/2023 đến 14/09/2023", explanation.Computation, StringComparison.Ordinal);
        Assert.Contains("“trước thời điểm tổ chức đối thoại ít nhất 07 ngày làm việc”", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_WorkingDaysBeforeCountingAnchorDay_NamesArticle147Style()
    {
        var explanation = DeadlineRule.WorkingDaysBefore(7, WorkingDaysBeforeConvention.CountAnchorDay)
            .Compute(Session("2023-09-15"), Vn).Explanation;

        Assert.Contains("theo cách của Điều 147", explanation.ConventionDescription, StringComparison.Ordinal);
        Assert.Contains("Art. 147 style", explanation.EnglishConventionDescription, StringComparison.Ordinal);
        Assert.Contains("từ 07/09/2023 đến 15/09/2023", explanation.Computation, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_SkippedDaysAreStructuredWithTheirReasonsAndSources()
    {
        var explanation = DeadlineRule.WithinWorkingDaysAfter(3).Compute(Received("2023-08-30"), Vn).Explanation;

        Assert.Equal(Ds("2023-09-01", "2023-09-02", "2023-09-03", "2023-09-04"), explanation.SkippedDays.Select(d => d.Date));
        Assert.All(explanation.SkippedDays, d => Assert.False(d.IsWorkingDay));
        Assert.Contains("CV 8056/VPCP-KGVX", explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_NoDaysSkipped_SaysSoInBothLanguages()
    {
        var explanation = DeadlineRule.CalendarDaysBefore(10).Compute(Session("2023-09-15"), Vn).Explanation;

        Assert.Contains("Ngày nghỉ được bỏ qua hoặc dời qua: không có.", explanation.Text, StringComparison.Ordinal);
        Assert.Contains("Days skipped or moved over: none.", explanation.EnglishText, StringComparison.Ordinal);
        Assert.Equal(explanation.Text, explanation.ToString());
    }

    [Fact]
    public void Explanation_AbsoluteDate_SaysItIsKeptAsWrittenAndNeedsNoAnchor()
    {
        var explanation = DeadlineRule.OnOrBefore(D("2023-10-04")).Compute(Vn).Explanation;

        Assert.Equal("không dùng mốc: ngày do văn bản ấn định.", explanation.AnchorDescription);
        Assert.Contains("giữ nguyên", explanation.LegalBasis, StringComparison.Ordinal);
        Assert.Contains("keeps it as written", explanation.EnglishLegalBasis, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_PhraseThatRepeatsTheRule_IsQuotedOnce()
    {
        var explanation = DeadlineRule.Before(D("2021-11-10"), "trước ngày 10/11/2021").Compute(Vn).Explanation;

        Assert.Equal("“trước ngày 10/11/2021”", explanation.RuleDescription);
        Assert.Equal("“trước ngày 10/11/2021”: before 2021-11-10", explanation.EnglishRuleDescription);
    }

    [Fact]
    public void Explanation_Window_SummaryGivesBothEnds()
    {
        var explanation = DeadlineRule.Window(D("2021-10-18"), D("2021-10-25")).Compute(Vn).Explanation;

        Assert.Equal("Thời gian: từ Thứ Hai 18/10/2021 đến hết ngày Thứ Hai 25/10/2021.", explanation.Summary);
        Assert.Equal("Window: from Monday 2021-10-18 to the end of Monday 2021-10-25.", explanation.EnglishSummary);
    }
}

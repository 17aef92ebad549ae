using Dialogue.Workflows.Export;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Tests.Runtime;
using NodaTime;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Export;

public sealed class TimelineGanttTests
{
    private static readonly LocalDate May20 = new(2024, 5, 20);

    private static readonly string[] Statements = ["gantt", "title ", "dateFormat ", "axisFormat ", "section ", "%%"];

    [Fact]
    public void Mermaid_Preview_HasTheHeaderAndASectionPerSessionAndOneForThePlan()
    {
        var (plan, timeline) = Preview();

        var text = TimelineGantt.Mermaid(plan, timeline);

        Assert.StartsWith("gantt\n    title Đối thoại khu dân cư\n    dateFormat YYYY-MM-DD\n", text, StringComparison.Ordinal);
        var sections = text.Split('\n').Where(l => l.StartsWith("    section ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["    section Buổi đối thoại 1", "    section Buổi đối thoại 2", "    section Nhiệm vụ chung của kế hoạch"], sections);
    }

    [Fact]
    public void Mermaid_Preview_PutsEachDueDateAndSessionDateAsAMilestoneInItsSection()
    {
        var (plan, timeline) = Preview();

        var lines = TimelineGantt.Mermaid(plan, timeline).Split('\n').ToList();

        var s1 = lines.IndexOf("    section Buổi đối thoại 1");
        var s2 = lines.IndexOf("    section Buổi đối thoại 2");
        var planWide = lines.IndexOf("    section Nhiệm vụ chung của kế hoạch");
        Assert.InRange(lines.IndexOf("    Thông báo thời gian, địa điểm :milestone, notice_s1, 2024-06-04, 0d"), s1, s2);
        Assert.InRange(lines.IndexOf("    Buổi đối thoại 1 :milestone, s1, 2024-06-14, 0d"), s1, s2);
        Assert.InRange(lines.IndexOf("    Thông báo thời gian, địa điểm :milestone, notice_s2, 2024-11-05, 0d"), s2, planWide);
        Assert.InRange(lines.IndexOf("    Buổi đối thoại 2 :milestone, s2, 2024-11-15, 0d"), s2, planWide);
        Assert.True(lines.IndexOf("    Báo cáo kết quả cả năm :milestone, yearly_report, 2024-12-15, 0d") > planWide);
    }

    [Fact]
    public void Mermaid_Preview_DrawsPendingItemsAtTheirExpectedDateAndNamesUndatedOnesInAComment()
    {
        var (plan, timeline) = Preview();

        var text = TimelineGantt.Mermaid(plan, timeline);

        // The conclusion counts from the day the session is held: expected 14/6 + 10 days.
        Assert.Contains("    Ban hành thông báo kết luận (dự kiến) :milestone, conclusion_s1, 2024-06-24, 0d\n", text, StringComparison.Ordinal);
        // The follow-up counts from the day the conclusion is done, which nothing dates yet.
        Assert.Null(timeline.Single(e => e.Id == "follow-up@s1").DueEarliest);
        Assert.Contains("    %% Chưa xác định được ngày: Trả lời kiến nghị chưa giải quyết (follow-up@s1)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("follow_up_s1", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_SessionPlannedForAQuarter_IsABarOverTheQuarter()
    {
        var (plan, timeline) = Preview(("session", "2024-06-14"), ("session", "2024-Q3"));

        var text = TimelineGantt.Mermaid(plan, timeline);

        // Mermaid's end is exclusive: a bar through 30/9 ends on 1/10.
        Assert.Contains("    Buổi đối thoại 2 (dự kiến) :s2, 2024-07-01, 2024-10-01\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_Preview_HasNoUnescapedColonSemicolonOrHashInsideALabel()
    {
        var (plan, timeline) = Preview();

        var text = TimelineGantt.Mermaid(plan, timeline);

        Assert.DoesNotContain("#", text, StringComparison.Ordinal);
        Assert.DoesNotContain(";", text, StringComparison.Ordinal);
        foreach (var line in TaskLines(text))
        {
            // The only colon of a task line separates its label from its data.
            Assert.Equal(1, line.Count(c => c == ':'));
        }
    }

    [Fact]
    public void Mermaid_LabelsWithMermaidSyntax_AreEscapedAndKeepTheirVietnamese()
    {
        var (plan, _) = Preview();
        var entry = new TimelineEntry(EntityKind.Task, "t:1", "Họp: tổ 5; mục #1 đạt 100%\nxong", "Meeting", "Tổ 5", nameof(PlanTaskStatus.Open))
        {
            Due = new LocalDate(2024, 6, 3), DueEarliest = new LocalDate(2024, 6, 3), DueLatest = new LocalDate(2024, 6, 3),
        };

        var text = TimelineGantt.Mermaid(plan, [entry]);

        Assert.Contains("    Họp： tổ 5； mục ＃1 đạt 100％ xong :milestone, t_1, 2024-06-03, 0d\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_Window_IsABarFromTheDayItOpensThroughItsDueDate()
    {
        var (plan, _) = Preview();
        var window = new TimelineEntry(EntityKind.Task, "registration", "Đăng ký phát biểu", "Registration", "Văn phòng", nameof(PlanTaskStatus.Open))
        {
            Session = "s1", Opens = new LocalDate(2024, 5, 20), Due = new LocalDate(2024, 5, 31),
        };

        var text = TimelineGantt.Mermaid(plan, [window]);

        Assert.Contains("    section Buổi đối thoại 1\n    Đăng ký phát biểu :registration, 2024-05-20, 2024-06-01\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mermaid_DoneAndOverdueTasks_AreTaggedDoneAndCrit()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman, Document = "45/KH-UBND" });
        fixture.Today(new LocalDate(2024, 6, 3));
        await fixture.RunAsync(new CompleteTask { By = Clerk, Task = "notice@s1" });
        fixture.Today(new LocalDate(2024, 6, 10));
        var plan = await fixture.Engine.GetAsync("plan-1");

        var text = TimelineGantt.Mermaid(plan, fixture.Engine.Timeline(plan));

        Assert.Contains("    title Đối thoại khu dân cư (45/KH-UBND)\n", text, StringComparison.Ordinal);
        Assert.Contains("    Thông báo thời gian, địa điểm :done, milestone, notice_s1, 2024-06-04, 0d\n", text, StringComparison.Ordinal);
        Assert.Contains("    Tổng hợp ý kiến gửi Văn phòng (quá hạn) :crit, milestone, front_summary_s1, 2024-06-04, 0d\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_Null_Throws()
    {
        var (plan, timeline) = Preview();

        Assert.Throws<ArgumentNullException>(() => TimelineGantt.Mermaid(null!, timeline));
        Assert.Throws<ArgumentNullException>(() => TimelineGantt.Mermaid(plan, null!));
    }

    [Fact]
    public void Mermaid_Preview_MatchesSnapshot()
    {
        var (plan, timeline) = Preview(("session", "2024-06-14"), ("session", "2024-Q3"));

        ApprovedSnapshot.Match(TimelineGantt.Mermaid(plan, timeline), "TimelineGantt.Neighbourhood.Preview.snap",
            "tests", "Dialogue.Workflows.Tests", "Export");
    }

    private static (PlanInstance Plan, IReadOnlyList<TimelineEntry> Timeline) Preview(params (string Key, string Value)[] parameters)
    {
        var engine = new EngineFixture(May20).Engine;
        var plan = engine.Preview("neighbourhood", parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));
        return (plan, engine.Timeline(plan));
    }

    private static IEnumerable<string> TaskLines(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !Statements.Any(s => l.StartsWith(s, StringComparison.Ordinal)));
}

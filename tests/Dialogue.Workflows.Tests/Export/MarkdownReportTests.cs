using Dialogue.Workflows.Export;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Tests.Runtime;
using NodaTime;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Export;

public sealed class MarkdownReportTests
{
    private static readonly LocalDate May20 = new(2024, 5, 20);

    [Fact]
    public async Task Render_NewPlan_HasEverySectionAndNothingOverdue()
    {
        var fixture = new EngineFixture(May20);
        var plan = await fixture.CreateAsync();

        var report = MarkdownReport.Render(plan, fixture.Engine.Timeline(plan), May20);

        Assert.StartsWith("# Đối thoại khu dân cư\n\n- Loại kế hoạch (plan type): neighbourhood v1\n", report, StringComparison.Ordinal);
        Assert.Contains("- Ngày lập báo cáo (as of): 20/05/2024\n", report, StringComparison.Ordinal);
        foreach (var heading in new[] { "## Buổi đối thoại (sessions)", "## Tiến độ (timeline)", "## Nhiệm vụ (tasks)", "## Kiến nghị theo kết quả (petitions by outcome)", "## Quá hạn (overdue items)" })
        {
            Assert.Contains($"\n{heading}\n", report, StringComparison.Ordinal);
        }

        Assert.Contains("| Thông báo thời gian, địa điểm (notice@s1) |", report, StringComparison.Ordinal);
        Assert.Contains("Không có kiến nghị (no petitions).", report, StringComparison.Ordinal);
        Assert.Contains("Không có việc quá hạn (nothing overdue).", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_PastADeadline_ListsTheOverdueStepAndThePetitionsByOutcome()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman, Document = "45/KH-UBND" });
        fixture.Today(new LocalDate(2024, 6, 5));
        var plan = await fixture.RunAsync(new ReceivePetition
        {
            Session = "s1", Subject = "Đèn đường | ngõ 5\nbị hỏng", Petitioner = "Bà B", Channel = PetitionChannel.Paper, By = Clerk,
        });

        var report = MarkdownReport.Render(plan, fixture.Engine.Timeline(plan), new LocalDate(2024, 6, 5));

        Assert.Contains("- Số văn bản (document): 45/KH-UBND\n", report, StringComparison.Ordinal);
        Assert.Contains("**Open, quá hạn (overdue)**", report, StringComparison.Ordinal);
        var overdue = report[report.IndexOf("## Quá hạn (overdue items)", StringComparison.Ordinal)..];
        Assert.Contains("- 04/06/2024: Thông báo thời gian, địa điểm (notice@s1)", overdue, StringComparison.Ordinal);
        Assert.Contains("### Received (1)", report, StringComparison.Ordinal);
        // A cell keeps its table intact: the pipe is escaped and the line break joined.
        Assert.Contains("| Đèn đường \\| ngõ 5 bị hỏng |", report, StringComparison.Ordinal);
    }
}

using IcalCalendar = Ical.Net.Calendar;

namespace Dialogue.Workflows.Cli.Tests;

public sealed class ExportCommandTests : IDisposable
{
    private readonly PlanStore _store = new();

    public ExportCommandTests()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1").AssertOk();
        _store.AsChairman("2023-08-21", "plan", "issue", "p1", "--doc", "45/KH-UBND").AssertOk();
        _store.On("2023-09-06", "petition", "add", "p1", "--subject", "Cống tổ 3", "--petitioner", "Ông A").AssertOk();
        _store.On("2023-09-06", "petition", "classify", "p1", "P-001", "--category", "report").AssertOk();
        _store.On("2023-09-06", "petition", "reject", "p1", "P-001", "--reason", "duplicate", "--explanation", "Trùng phiếu P-000", "--signing", "TL").AssertOk();
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Ics_ParsesBackWithIcalNet_EverySessionAndDeadlineOnItsDay()
    {
        var file = Path.Combine(_store.Folder, "p1.ics");
        Assert.Contains("wrote", _store.On("2023-09-06", "export", "p1", "--format", "ics", "--out", file).AssertOk().Out, StringComparison.Ordinal);

        var calendar = IcalCalendar.Load(File.ReadAllText(file))!;

        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Asia/Ho_Chi_Minh", zone.TzId);
        var events = calendar.Events.ToDictionary(e => e.Uid!);
        var session = events["p1.session-1@dialogue-workflows"];
        Assert.True(session.IsAllDay);
        Assert.Equal(new DateOnly(2023, 9, 15), session.DtStart!.Date);
        Assert.Equal(new DateOnly(2023, 9, 16), session.DtEnd!.Date);
        var summary = events["p1.front-summary@session-1@dialogue-workflows"];
        Assert.Equal(new DateOnly(2023, 9, 5), summary.DtStart!.Date);
        Assert.StartsWith("Hạn: Nắm bắt tâm tư nguyện vọng của nhân dân", summary.Summary, StringComparison.Ordinal);
        Assert.Contains("Ủy ban Mặt trận Tổ quốc Việt Nam", summary.Description, StringComparison.Ordinal);
        Assert.Equal("CONFIRMED", summary.Status);
        // Every dated line of the timeline is an event, and nothing else is.
        var dated = _store.Show("p1", "2023-09-06").GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("dueEarliest").ValueKind == System.Text.Json.JsonValueKind.String).Select(s => $"p1.{s.GetProperty("id").GetString()}@dialogue-workflows");
        Assert.Equal(dated.Order(StringComparer.Ordinal), events.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Ics_PendingSession_IsATentativeEventOverItsPeriod()
    {
        _store.On("2023-06-01", "plan", "new", "ward-chairman", "--id", "q").AssertOk();

        var calendar = IcalCalendar.Load(_store.On("2023-06-01", "export", "q", "--format", "ics").AssertOk().Out)!;

        var session = calendar.Events.Single(e => e.Uid == "q.session-1@dialogue-workflows");
        Assert.Equal("TENTATIVE", session.Status);
        Assert.Equal((new DateOnly(2023, 7, 1), new DateOnly(2023, 10, 1)), (session.DtStart!.Date, session.DtEnd!.Date));
    }

    [Fact]
    public void Markdown_ReportHasTimelineTasksPetitionsByOutcomeAndOverdue()
    {
        var report = _store.On("2023-09-06", "export", "p1", "--format", "markdown").AssertOk().Out;

        Assert.StartsWith("# Tổ chức đối thoại giữa Chủ tịch UBND phường", report, StringComparison.Ordinal);
        Assert.Contains("- Số văn bản (document): 45/KH-UBND", report, StringComparison.Ordinal);
        Assert.Contains("## Tiến độ (timeline)", report, StringComparison.Ordinal);
        Assert.Contains("| 05/09/2023 | trước (before) |", report, StringComparison.Ordinal);
        Assert.Contains("## Nhiệm vụ (tasks)", report, StringComparison.Ordinal);
        Assert.Contains("### Rejected (1)", report, StringComparison.Ordinal);
        Assert.Contains("Trùng phiếu P-000", report, StringComparison.Ordinal);
        var overdue = report[report.IndexOf("## Quá hạn (overdue items)", StringComparison.Ordinal)..];
        Assert.Contains("05/09/2023: Nắm bắt tâm tư nguyện vọng của nhân dân", overdue, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_BeforeAnyDeadline_SaysNothingIsOverdue()
    {
        var report = _store.On("2023-08-22", "export", "p1", "--format", "markdown").AssertOk().Out;

        Assert.Contains("Không có việc quá hạn (nothing overdue).", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_HasTheGanttAndEveryStateDiagram()
    {
        var text = _store.On("2023-09-06", "export", "p1", "--format", "mermaid").AssertOk().Out;

        Assert.Contains("```mermaid\ngantt\n", text, StringComparison.Ordinal);
        Assert.Contains("2023-09-15", text, StringComparison.Ordinal);
        Assert.Equal(5, text.Split("```mermaid", StringSplitOptions.None).Length - 1);
        Assert.Contains("stateDiagram-v2", text, StringComparison.Ordinal);
    }
}

using Dialogue.Workflows.Export;

namespace Dialogue.Workflows.Tests.Export;

public sealed class MermaidTextTests
{
    public static TheoryData<string, string> Labels => new()
    {
        { "Thông báo thời gian, địa điểm", "Thông báo thời gian, địa điểm" },
        { "Họp: tổ 5", "Họp： tổ 5" },
        { "a;b#c%d", "a；b＃c％d" },
        { " hai\r\ndòng ", "hai  dòng" },
        // A leading keyword or date would be read as a gantt statement: a zero-width space comes first.
        { "Section 2 report", "\u200BSection 2 report" },
        { "2024-06-14 họp", "\u200B2024-06-14 họp" },
        { "Tiêu đề", "Tiêu đề" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Escape_Label_ReplacesOnlyWhatBreaksMermaid(string label, string expected) =>
        Assert.Equal(expected, MermaidText.Escape(label));

    [Fact]
    public void Id_CollidingAfterCleaning_GetsANumber()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);

        Assert.Equal("notice_s1", MermaidText.Id("notice@s1", used));
        Assert.Equal("notice_s1_2", MermaidText.Id("notice-s1", used));
        Assert.Equal("item", MermaidText.Id(string.Empty, used));
    }
}

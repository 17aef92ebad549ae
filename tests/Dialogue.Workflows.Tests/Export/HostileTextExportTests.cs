using Dialogue.Workflows.Export;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NodaTime;
using Dialogue.Workflows.Tests.Runtime;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Export;

/// <summary>No text a citizen or clerk writes changes what a report or a diagram shows: each export is fed hostile text and parsed back.</summary>
public sealed class HostileTextExportTests
{
    private static readonly LocalDate May20 = new(2024, 5, 20);

    public static TheoryData<string> HostileText => new()
    {
        "Ông A\n# Tiêu đề giả",
        "<script>alert(1)</script>",
        "a | b | c",
        "**đậm** _nghiêng_ `mã` [liên kết](https://example.com) ![ảnh](x.png)",
        "&lt;entity&gt; &amp;",
        "x\u001B[2J\u009B31m\u202Eevil\u0007",
        "gantt: section; title #1 %% comment",
        "\"quoted\" `tick`",
    };

    private static async Task<PlanInstance> PlanWithAsync(EngineFixture fixture, string text)
    {
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman, Document = text });
        return await fixture.RunAsync(new ReceivePetition { By = Clerk, Subject = text, Petitioner = text, Channel = PetitionChannel.Paper });
    }

    [Theory]
    [MemberData(nameof(HostileText))]
    public async Task Markdown_HostileDocumentSubjectAndPetitioner_ParseBackAsTheSameLiteralText(string text)
    {
        var fixture = new EngineFixture(May20);
        var plan = await PlanWithAsync(fixture, text);
        var clean = MarkdownReport.Render(await CleanPlanAsync(), new EngineFixture(May20).Engine.Timeline(await CleanPlanAsync()), May20);

        var report = MarkdownReport.Render(plan, fixture.Engine.Timeline(plan), May20);
        var document = Markdown.Parse(report, new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build());

        // The same headings as a report without the hostile text, no HTML, no link, image, emphasis or code from the text.
        Assert.Equal(Headings(Markdown.Parse(clean)).Count + 1, Headings(document).Count); // + the outcome group of the petition
        Assert.Empty(document.Descendants<HtmlBlock>());
        Assert.Empty(document.Descendants<HtmlInline>());
        Assert.Empty(document.Descendants<LinkInline>());
        Assert.Empty(document.Descendants<CodeInline>());
        Assert.True(!document.Descendants<EmphasisInline>().Any(), report);
        Assert.DoesNotContain(report, c => MarkdownText.IsInvisibleControl(c) && c != '\n');
        // Read back, the text is the one the citizen wrote (line breaks as spaces, controls as U+FFFD).
        var shown = Markdown.ToPlainText(report);
        Assert.Contains(Expected(text), shown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileText))]
    public async Task MermaidGantt_HostileDocumentAndSubject_ChangeOnlyTheirOwnLabels(string text)
    {
        var hostile = new EngineFixture(May20);
        var hostilePlan = await PlanWithAsync(hostile, text);
        var benign = new EngineFixture(May20);
        var benignPlan = await PlanWithAsync(benign, "benign");

        var lines = TimelineGantt.Mermaid(hostilePlan, hostile.Engine.Timeline(hostilePlan)).Split('\n');
        var expected = TimelineGantt.Mermaid(benignPlan, benign.Engine.Timeline(benignPlan)).Split('\n');

        // Line for line the same diagram: the text can neither add a statement, a comment, a section or a line, nor end one early.
        Assert.Equal(expected.Length, lines.Length);
        foreach (var (line, reference) in lines.Zip(expected))
        {
            Assert.Equal(Shape(reference), Shape(line.Replace(MermaidText.Escape(text), "benign", StringComparison.Ordinal)));
        }

        Assert.DoesNotContain(string.Concat(lines), c => c is '<' or '>' or '&' or '"' or '`' || MarkdownText.IsInvisibleControl(c));
    }

    // A line's Mermaid syntax: what is left once its words are gone.
    private static string Shape(string line) => new([.. line.Where(c => c < (char)0x80 && !char.IsLetterOrDigit(c) && c != ' ')]);

    private static async Task<PlanInstance> CleanPlanAsync()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        return await fixture.Engine.GetAsync("plan-1");
    }

    private static List<HeadingBlock> Headings(MarkdownDocument document) => [.. document.Descendants<HeadingBlock>()];

    private static string Expected(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return new string([.. flat.Select(c => MarkdownText.IsInvisibleControl(c) ? '\uFFFD' : c)]);
    }
}

using System.Text;

namespace Dialogue.Workflows.Export;

/// <summary>Text made safe for Mermaid's line-based grammars (gantt, stateDiagram).</summary>
/// <remarks>
/// Mermaid cannot quote free text in these diagrams: a colon ends a gantt label or a state-diagram
/// transition label, a semicolon ends a statement, <c>#</c> and <c>%</c> start comments and a line
/// break ends the line. Entity codes such as <c>#58;</c> contain the very characters that break, so
/// those characters are swapped for their full-width look-alikes (<c>：；＃％</c>), which read the same; so are
/// <c>&lt; &gt; &amp; " `</c> (<c>＜＞＆＂｀</c>), so that no HTML tag, entity or Markdown string reaches a label
/// Mermaid renders as HTML, and control, escape and bidirectional-override characters become U+FFFD.
/// Vietnamese letters pass unchanged.
/// </remarks>
internal static class MermaidText
{
    // Words the gantt lexer matches before a task's label: a label starting with one would be read as that statement.
    private static readonly string[] Keywords =
    [
        "gantt", "dateFormat", "inclusiveEndDates", "topAxis", "axisFormat", "tickInterval", "includes", "excludes",
        "todayMarker", "weekday", "title", "accTitle", "accDescr", "accDescription", "section", "click", "href", "call",
    ];

    /// <summary>A label, title or section name with the characters that break Mermaid replaced.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                ':' => '：',
                ';' => '；',
                '#' => '＃',
                '%' => '％',
                '<' => '＜',
                '>' => '＞',
                '&' => '＆',
                '"' => '＂',
                '`' => '｀',
                '\r' or '\n' or '\t' => ' ',
                _ when MarkdownText.IsInvisibleControl(c) => '\uFFFD',
                _ => c,
            });
        }

        var escaped = builder.ToString().Trim();
        // A zero-width space (not whitespace to Mermaid's lexer) keeps a leading keyword or date from being read as syntax.
        return StartsWithSyntax(escaped) ? "\u200B" + escaped : escaped;
    }

    /// <summary>A task id of letters, digits and underscores, distinct from the ids already used.</summary>
    public static string Id(string raw, ISet<string> used)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        var id = builder.Length == 0 ? "item" : builder.ToString();
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}_{n}";
        }

        return candidate;
    }

    private static bool StartsWithSyntax(string text) =>
        Keywords.Any(k => text.StartsWith(k, StringComparison.OrdinalIgnoreCase))
        || (text.Length >= 10 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]) && text[4] == '-');
}

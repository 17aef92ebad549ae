using System.Text;

namespace Dialogue.Workflows.Export;

/// <summary>Text made inert for Markdown (CommonMark and GitHub's tables): the one place <see cref="MarkdownReport"/> escapes a value.</summary>
/// <remarks>
/// A value stays one line of literal text: line breaks become spaces; the characters that open Markdown
/// syntax (emphasis, code, links, images, headings, tables, strikethrough) get a backslash; <c>&lt;</c>,
/// <c>&gt;</c> and <c>&amp;</c> become HTML entities, so no tag or entity reaches the page; control, escape and
/// bidirectional-override characters become U+FFFD.
/// </remarks>
internal static class MarkdownText
{
    /// <summary>The value, escaped.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value.ReplaceLineEndings(" "))
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '!' or '~':
                    text.Append('\\').Append(c);
                    break;
                case '<':
                    text.Append("&lt;");
                    break;
                case '>':
                    text.Append("&gt;");
                    break;
                case '&':
                    text.Append("&amp;");
                    break;
                case '\t':
                    text.Append(' ');
                    break;
                default:
                    text.Append(IsInvisibleControl(c) ? '\uFFFD' : c);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Whether a character is a control, escape or bidirectional-formatting character.</summary>
    public static bool IsInvisibleControl(char c) =>
        c is < ' ' or '\u007F' or (>= '\u0080' and <= '\u009F') or '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}

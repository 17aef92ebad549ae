using System.Text;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>
/// Makes text safe to print on a terminal: characters a terminal would act on rather than show are
/// replaced by a visible stand-in, so that text a citizen wrote into a plan can never move the cursor,
/// recolour, retitle the window, reorder a line or hide what follows.
/// </summary>
/// <remarks>
/// C0 controls and DEL become their Control Pictures (ESC → ␛); C1 controls and the bidirectional
/// embedding, override, isolate and mark characters become <c>&lt;U+XXXX&gt;</c>. A line feed, a
/// tab, and a carriage return right before a line feed (the CRLF of an iCalendar file) are kept.
/// </remarks>
internal static class TerminalText
{
    /// <summary>Whether the character is one a terminal acts on; <paramref name="next"/> is the character after it, or null.</summary>
    public static bool IsUnsafe(char c, char? next) => c switch
    {
        '\n' or '\t' => false,
        '\r' => next != '\n',
        < ' ' or '\u007F' => true,
        >= '\u0080' and <= '\u009F' => true,
        '\u061C' or '\u200E' or '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    /// <summary>The visible stand-in of an unsafe character.</summary>
    public static string StandIn(char c) => c switch
    {
        < ' ' => ((char)(0x2400 + c)).ToString(),
        '\u007F' => "\u2421",
        _ => $"<U+{(int)c:X4}>",
    };

    /// <summary>The text with every unsafe character replaced by its stand-in.</summary>
    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c, i + 1 < text.Length ? text[i + 1] : null))
            {
                builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
                builder.Append(StandIn(c));
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }
}

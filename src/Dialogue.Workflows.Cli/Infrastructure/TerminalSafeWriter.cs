using System.Text;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>
/// The one place terminal output is made safe: wraps standard output and standard error, so that every
/// value any command prints passes through <see cref="TerminalText"/>.
/// </summary>
/// <param name="inner">The stream written to.</param>
internal sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    // A carriage return is safe only before a line feed, which may come in the next write.
    private bool _pendingReturn;

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (_pendingReturn)
        {
            _pendingReturn = false;
            inner.Write(value == '\n' ? "\r" : TerminalText.StandIn('\r'));
        }

        if (value == '\r')
        {
            _pendingReturn = true;
        }
        else if (TerminalText.IsUnsafe(value, null))
        {
            inner.Write(TerminalText.StandIn(value));
        }
        else
        {
            inner.Write(value);
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count)
    {
        for (var i = index; i < index + count; i++)
        {
            Write(buffer[i]);
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
        if (_pendingReturn)
        {
            _pendingReturn = false;
            inner.Write(TerminalText.StandIn('\r'));
        }

        inner.Flush();
    }
}

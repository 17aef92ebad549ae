using System.Text;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>
/// The one place terminal output is made safe: wraps standard output and standard error, so that every
/// value any command prints passes through <see cref="TerminalText"/>, and a line written whole stays one line.
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

    /// <summary>
    /// Writes one line. Every line the tool prints is written whole by one call, so a line break inside the value
    /// can only have come from data (a petition's subject, a reason): it is shown as a stand-in, never as a new
    /// line that could pass for the tool's own output ("recorded plan-issued").
    /// </summary>
    /// <param name="value">The line.</param>
    public override void WriteLine(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            if (c is '\r' or '\n')
            {
                Write(TerminalText.StandIn(c));
            }
            else
            {
                Write(c);
            }
        }

        WriteLine();
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

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>Reads lines from a text reader as spans over one reused buffer, so reading a line allocates nothing.</summary>
/// <param name="reader">The reader.</param>
internal sealed class LineReader(TextReader reader)
{
    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _exhausted;

    /// <summary>The number of the line last read, from 1.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line, without its line ending.</summary>
    /// <param name="line">The line; valid until the next call.</param>
    /// <returns>False at the end of the input.</returns>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending.IndexOf('\n');
            if (newline >= 0)
            {
                line = pending[..newline].TrimEnd('\r');
                _start += newline + 1;
                LineNumber++;
                return true;
            }

            if (_exhausted)
            {
                line = pending.TrimEnd('\r');
                _start = _end;
                if (pending.IsEmpty)
                {
                    return false;
                }

                LineNumber++;
                return true;
            }

            Fill();
        }
    }

    private void Fill()
    {
        // Keep the unfinished line: move it to the front, or grow the buffer when it fills it all.
        var pending = _end - _start;
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, pending);
        }
        else if (pending == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _start = 0;
        _end = pending;
        var read = reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _exhausted = true;
        }

        _end += read;
    }
}

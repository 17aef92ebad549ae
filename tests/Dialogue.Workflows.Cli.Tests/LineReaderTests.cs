using Dialogue.Workflows.Cli.Infrastructure;

namespace Dialogue.Workflows.Cli.Tests;

public sealed class LineReaderTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a", new[] { "a" })]
    [InlineData("a\n", new[] { "a" })]
    [InlineData("a\r\nb\r\n", new[] { "a", "b" })]
    [InlineData("a\n\nb", new[] { "a", "", "b" })]
    [InlineData("\n", new[] { "" })]
    [InlineData("a\r", new[] { "a" })]
    public void TryReadLine_AnyInput_SplitsOnLineEndings(string input, string[] expected)
    {
        Assert.Equal(expected, ReadAll(new StringReader(input)));
        Assert.Equal(expected, ReadAll(new OneCharAtATimeReader(input)));
    }

    [Fact]
    public void TryReadLine_LineLongerThanTheBuffer_GrowsAndKeepsItWhole()
    {
        var longLine = new string('x', 200_000);

        Assert.Equal(["first", longLine, "last"], ReadAll(new StringReader($"first\n{longLine}\nlast\n")));
    }

    [Fact]
    public void LineNumber_CountsBlankLinesToo()
    {
        var reader = new LineReader(new StringReader("a\n\nc\n"));

        var numbers = new List<int>();
        while (reader.TryReadLine(out _))
        {
            numbers.Add(reader.LineNumber);
        }

        Assert.Equal([1, 2, 3], numbers);
    }

    private static List<string> ReadAll(TextReader input)
    {
        var reader = new LineReader(input);
        var lines = new List<string>();
        while (reader.TryReadLine(out var line))
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    // Hands out one character per read, so every line crosses a refill of the buffer.
    private sealed class OneCharAtATimeReader(string text) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position == text.Length || count == 0)
            {
                return 0;
            }

            buffer[index] = text[_position++];
            return 1;
        }
    }
}

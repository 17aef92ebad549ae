namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>The README's host setup is the sample host's, trimmed: every line of it is in samples/WebHost/Program.cs, which builds.</summary>
public sealed class ReadmeHostSetupTests
{
    [Fact]
    public void Every_line_of_the_readmes_host_setup_is_in_the_sample_host()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Dialogue.Workflows.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var readme = File.ReadAllText(Path.Combine(root.FullName, "README.md"));
        var section = readme[readme.IndexOf("## A web host", StringComparison.Ordinal)..];
        var start = section.IndexOf("```csharp", StringComparison.Ordinal) + "```csharp".Length;
        var block = section[start..section.IndexOf("```", start, StringComparison.Ordinal)];
        var program = File.ReadAllLines(Path.Combine(root.FullName, "samples", "WebHost", "Program.cs")).Select(l => l.Trim()).ToHashSet();
        var lines = block.Split('\n').Select(l => (l.Contains("//", StringComparison.Ordinal) ? l[..l.IndexOf("//", StringComparison.Ordinal)] : l).Trim())
            .Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count >= 8);
        Assert.All(lines, line => Assert.Contains(line, program));
    }
}

using System.Xml.Linq;
using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Runtime;
using NodaTime;
using NodaTime.Text;

namespace Dialogue.Workflows.Packaging.Tests;

/// <summary>
/// The packages a host installs, packed once for the class: each carries its licence, its own README and its
/// symbols; the sample (samples/NeighbourhoodPlans, the README's C#) restores from the feed alone and prints
/// dates that make sense; the dialogue tool installs from the feed and runs the quick start's first commands.
/// </summary>
public sealed class PackagesFromALocalFeedTests(LocalFeed feed) : IClassFixture<LocalFeed>
{
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    [Fact]
    public void EveryPackage_CarriesLicenseReadmeSymbolsTagsAndTheRepository()
    {
        feed.Pack.AssertOk("dotnet pack");
        foreach (var id in LocalFeed.PackageIds)
        {
            var file = $"{id}.0.1.0.nupkg";
            Assert.True(File.Exists(Path.Combine(feed.Folder, file)), $"{file} was not packed:\n{feed.Pack.Out}");
            Assert.True(File.Exists(Path.Combine(feed.Folder, $"{id}.0.1.0.snupkg")), $"{id} has no symbol package");
            Assert.Contains("MIT License", feed.Entry(file, "LICENSE"), StringComparison.Ordinal);
            var readme = feed.Entry(file, "README.md")!;
            Assert.StartsWith($"# {id}", readme, StringComparison.Ordinal);
            Assert.Contains("## Install", readme, StringComparison.Ordinal);

            var metadata = XDocument.Parse(feed.Entry(file, $"{id}.nuspec")!).Root!.Elements().First();
            string? Value(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
            Assert.Equal("MIT", Value("license"));
            Assert.Equal("README.md", Value("readme"));
            Assert.Equal(LocalFeed.RepositoryUrl, Value("projectUrl"));
            Assert.Contains("working-days", Value("tags"), StringComparison.Ordinal);
            var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
            Assert.Equal(LocalFeed.RepositoryUrl, repository.Attribute("url")?.Value);
            if (Directory.Exists(RepositoryRoot.Combine(".git")) || File.Exists(RepositoryRoot.Combine(".git")))
            {
                // SourceLink: the commit the sources are at, for the debugger to fetch them.
                Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? string.Empty);
            }
        }
    }

    [Fact]
    public void Sample_RestoredFromTheFeedAlone_PrintsTheNeighbourhoodPlansDates()
    {
        feed.Pack.AssertOk("dotnet pack");
        // A session a year ahead of the machine's clock, on a Friday, so the announce step stays ahead of its lead time.
        var session = NextFridayInJune(VietnamTime.Today(SystemClock.Instance).Year + 1);
        var folder = CopySample();
        feed.WriteNuGetConfig(folder);

        var run = DotnetProcess.Run(DotnetProcess.Dotnet, folder, feed.RestoreEnvironment, "run", "--", LocalDatePattern.Iso.Format(session))
            .AssertOk("dotnet run of the sample");

        var calendar = WorkingCalendar.Default;
        var notice = calendar.AddWorkingDays(session, -8);
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains($"{Iso(notice)} Thông báo thời gian, địa điểm (Văn phòng phường) Open", lines);
        Assert.Contains($"{Iso(session.PlusDays(-10))} Tổng hợp ý kiến gửi Văn phòng (Ủy ban MTTQ phường) Open", lines);
        Assert.Contains($"{Iso(session)} Buổi đối thoại 1 (UBND phường Thử Nghiệm) Scheduled", lines);
        Assert.Contains("after the session Ban hành thông báo kết luận (Văn phòng phường) Open", lines);
        Assert.Contains("notice@s1 Done", lines);
        Assert.Contains(lines, l => l.EndsWith("PlanIssued by chairman (Chủ tịch UBND phường) 45/KH-UBND", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"Hạn: hết ngày", StringComparison.Ordinal) && l.Contains(notice.ToString("dd/MM/yyyy", null), StringComparison.Ordinal));
        // Every date printed on the timeline is a working day of the session's year.
        foreach (var line in lines.Where(l => l.Length > 10 && l[10] == ' ' && LocalDatePattern.Iso.Parse(l[..10]).Success))
        {
            var date = LocalDatePattern.Iso.Parse(line[..10]).Value;
            Assert.True(calendar.IsWorkingDay(date) && date.Year == session.Year, $"'{line}': {date} is not a working day of {session.Year}");
        }
    }

    [Fact]
    public void Tool_InstalledFromTheFeed_RunsTheQuickStart()
    {
        feed.Pack.AssertOk("dotnet pack");
        var folder = Directory.CreateDirectory(Path.Combine(feed.Packages, "..", "tool")).FullName;
        var config = feed.WriteNuGetConfig(folder);
        DotnetProcess.Run(DotnetProcess.Dotnet, folder, feed.RestoreEnvironment,
            "tool", "install", "Dialogue.Workflows.Cli", "--tool-path", Path.Combine(folder, "bin"), "--configfile", config).AssertOk("dotnet tool install");
        var dialogue = Path.Combine(folder, "bin", OperatingSystem.IsWindows() ? "dialogue.exe" : "dialogue");
        var environment = new Dictionary<string, string> { ["DIALOGUE_USER"] = "vp-chanhlo", ["DIALOGUE_UNIT"] = "office", ["DIALOGUE_MAX_BACKDATING_DAYS"] = "3660" };

        var created = DotnetProcess.Run(dialogue, folder, environment,
            "plan", "new", "ward-chairman", "--session", "2023-09-15", "--today", "2023-08-21", "--id", "chanh-lo-2023", "--db", "dialogue.db", "--json");
        var workdays = DotnetProcess.Run(dialogue, folder, environment, "workdays", "add", "2023-08-31", "1");

        created.AssertOk("dialogue plan new");
        Assert.Contains("\"id\": \"chanh-lo-2023\"", created.Out, StringComparison.Ordinal);
        Assert.Contains("2023-09-05", workdays.AssertOk("dialogue workdays add").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_RunningAPlanFromCSharp_IsTheSamplesProgramWordForWord()
    {
        var program = File.ReadAllText(RepositoryRoot.Combine("samples", "NeighbourhoodPlans", "Program.cs")).ReplaceLineEndings("\n");
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md")).ReplaceLineEndings("\n");

        Assert.Contains($"```csharp\n{program}```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPackagesReadme_CSharpExample_CompilesAgainstThePackages()
    {
        feed.Pack.AssertOk("dotnet pack");
        var folder = Directory.CreateDirectory(Path.Combine(feed.Packages, "..", "readmes")).FullName;
        feed.WriteNuGetConfig(folder);
        var usings = new SortedSet<string>(StringComparer.Ordinal);
        var bodies = new List<string>();
        foreach (var id in LocalFeed.PackageIds.Where(id => id != "Dialogue.Workflows.Cli"))
        {
            var readme = File.ReadAllText(RepositoryRoot.Combine("src", id, "README.md")).ReplaceLineEndings("\n");
            var start = readme.IndexOf("```csharp\n", StringComparison.Ordinal);
            Assert.True(start >= 0, $"{id}'s README has no C# example");
            var code = readme[(start + 10)..readme.IndexOf("```", start + 10, StringComparison.Ordinal)];
            var lines = code.Split('\n');
            usings.UnionWith(lines.Where(l => l.StartsWith("using ", StringComparison.Ordinal) && !l.Contains('(', StringComparison.Ordinal)));
            bodies.Add(string.Join("\n", lines.Where(l => !(l.StartsWith("using ", StringComparison.Ordinal) && !l.Contains('(', StringComparison.Ordinal)))));
        }

        // Each example in a method of its own, as written; MyPlanType stands for the host's own type the store examples register.
        var program = string.Join("\n", usings) + "\n\n"
            + string.Join("\n", bodies.Select((body, i) => $"static async Task Example{i}()\n{{\n{body}\n}}\n"))
            + "\nawait Task.CompletedTask;\n"
            + "sealed class MyPlanType : Dialogue.Workflows.Plans.IPlanType\n{\n"
            + "    public string Key => \"mine\";\n    public int Version => 1;\n    public string Title => \"Của tôi\";\n    public string EnglishTitle => \"Mine\";\n"
            + "    public IReadOnlyList<Dialogue.Workflows.Plans.PlanParameter> Parameters => [];\n"
            + "    public Dialogue.Workflows.Plans.PlanDefinition Define(Dialogue.Workflows.Plans.PlanParameters parameters) => throw new NotSupportedException();\n}\n";
        File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
        File.WriteAllText(Path.Combine(folder, "Readmes.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <NoWarn>CS8321;CS1998</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                {string.Join("\n", LocalFeed.PackageIds.Where(id => id != "Dialogue.Workflows.Cli").Select(id => $"<PackageReference Include=\"{id}\" Version=\"0.1.0\" />"))}
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
              </ItemGroup>
            </Project>
            """);

        DotnetProcess.Run(DotnetProcess.Dotnet, folder, feed.RestoreEnvironment, "build").AssertOk($"the packages' README examples\n{program}");
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static LocalDate NextFridayInJune(int year)
    {
        var date = new LocalDate(year, 6, 8);
        while (date.DayOfWeek != IsoDayOfWeek.Friday || !WorkingCalendar.Default.IsWorkingDay(date))
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    private string CopySample()
    {
        var target = Directory.CreateDirectory(Path.Combine(feed.Packages, "..", "sample")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("samples", "NeighbourhoodPlans")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
        }

        return target;
    }
}

using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Cli;

/// <summary>`sitegen check` and the machine-readable diagnostic formats.</summary>
public sealed class CheckAndFormatTests
{
    private static (int Exit, string Output) Run(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        return (exit, output + error);
    }

    private static TestGuide Broken() => TestGuide.With(("a.md", "---\ntitle: A\n---\n\nSee [b](b.md#gone).\n\n# Extra title\n"), ("b.md", TestGuide.Chapter("B", "Text.\n")));

    private static string[] Check(TestGuide guide, params string[] extra) => ["check", "--source", guide.Root, "--theme", RepositoryPaths.Theme, .. extra];

    private static string PathOf(TestGuide guide, string file) =>
        Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(guide.Root, "chapters", file)).Replace('\\', '/');

    [Fact]
    public void Check_reports_like_build_and_writes_nothing()
    {
        using var guide = Broken();
        var before = Directory.GetFileSystemEntries(Path.GetDirectoryName(guide.Root)!, "*", SearchOption.AllDirectories).Order().ToArray();

        var (exit, output) = Run(Check(guide));

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.Contains($"{PathOf(guide, "a.md")}(5,5): error SG1202:", output, StringComparison.Ordinal);
        Assert.Contains($"{PathOf(guide, "a.md")}(7,1): warning SG1106:", output, StringComparison.Ordinal);
        Assert.EndsWith("Check failed: 1 error, 1 warning\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFileSystemEntries(Path.GetDirectoryName(guide.Root)!, "*", SearchOption.AllDirectories).Order().ToArray());
    }

    [Fact]
    public void Check_passes_a_clean_guide()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Text.\n")));

        var (exit, output) = Run(Check(guide));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.StartsWith("Check succeeded: 4 pages, 0 warnings", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(guide.OutputFolder));
    }

    [Fact]
    public void Json_format_prints_one_object_per_diagnostic()
    {
        using var guide = Broken();

        var lines = Run(Check(guide, "--format", "json")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var objects = lines.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(2, objects.Length);
        Assert.Equal(("SG1202", "error", 5, 5), (objects[0].GetProperty("id").GetString(), objects[0].GetProperty("severity").GetString(),
            objects[0].GetProperty("line").GetInt32(), objects[0].GetProperty("column").GetInt32()));
        Assert.Equal(PathOf(guide, "a.md"), objects[0].GetProperty("file").GetString());
    }

    [Fact]
    public void GitHub_format_prints_workflow_commands()
    {
        using var guide = Broken();

        var lines = Run(Check(guide, "--format", "github")).Output.Split('\n');

        Assert.Contains($"::error file={PathOf(guide, "a.md")},line=5,col=5,endLine=5,endColumn=18,title=SG1202::'b.md' has no heading with the id 'gone'", lines);
        Assert.Contains(lines, l => l.StartsWith($"::warning file={PathOf(guide, "a.md")},line=7,col=1,", StringComparison.Ordinal) && l.Contains("title=SG1106::", StringComparison.Ordinal));
    }

    [Fact]
    public void Sarif_log_has_rules_and_results_with_regions_and_round_trips()
    {
        using var guide = Broken();
        using var folder = new TempFolder();
        var log = folder.Combine("out.sarif");

        Run(Check(guide, "--format", "sarif", "--errorlog", log));

        var text = File.ReadAllText(log);
        var sarif = JsonDocument.Parse(text).RootElement;
        Assert.Equal("2.1.0", sarif.GetProperty("version").GetString());
        var run = sarif.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(SiteGen.Diagnostics.DiagnosticDescriptors.All.Count, rules.Length);
        Assert.All(rules, r =>
        {
            Assert.Matches("^SG\\d{4}$", r.GetProperty("id").GetString()!);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.Contains(r.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            Assert.False(string.IsNullOrEmpty(r.GetProperty("help").GetProperty("text").GetString()));
        });
        var result = run.GetProperty("results")[0];
        Assert.Equal(("SG1202", "error"), (result.GetProperty("ruleId").GetString(), result.GetProperty("level").GetString()));
        Assert.Equal("SG1202", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal((5, 5, 5), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32()));
        Assert.True(region.GetProperty("endColumn").GetInt32() > 5);
        Assert.Equal(text, JsonSerializer.Serialize(sarif, new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n");
    }

    [Fact]
    public void A_format_that_does_not_exist_is_a_command_line_error()
    {
        Assert.Equal(ExitCodes.BadCommandLine, Run("check", "--format", "xml").Exit);
    }
}

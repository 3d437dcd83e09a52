using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Cli;

/// <summary>Runs the real command line in-process and checks what a user sees and the exit code.</summary>
public sealed class BuildCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    private static string[] Build(TestGuide guide, params string[] extra) =>
        ["build", "--source", guide.Root, "--theme", RepositoryPaths.Theme, "--output", guide.OutputFolder, .. extra];

    [Fact]
    public void A_clean_build_exits_0_and_prints_the_summary()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Text.\n")));

        var (exit, output, _) = Run(Build(guide));

        Assert.Equal(ExitCodes.Success, exit);
        // home, the chapter, search, 404 and the print page
        Assert.Matches(@"^Build succeeded: 5 pages, 0 warnings, \d+\.\d\d s$", output.Trim());
        Assert.True(File.Exists(Path.Combine(guide.OutputFolder, "a", "index.html")));
    }

    [Fact]
    public void Errors_print_msbuild_style_lines_and_exit_1()
    {
        using var guide = TestGuide.With(("a.md", "---\ntitel: A\n---\n\nSee [b](b.md).\n"));

        var (exit, output, error) = Run(Build(guide));

        Assert.Equal(ExitCodes.SourceErrors, exit);
        var lines = output.Trim().Split('\n');
        var path = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(guide.Root, "chapters", "a.md")).Replace('\\', '/');
        Assert.Equal(
            [
                $"{path}(1,1): error SG1104: The front matter has no 'title'",
                $"{path}(2,1): warning SG1103: Unknown front matter key 'titel'; expected one of: title, description, tags",
                $"{path}(5,5): error SG1201: The link target 'b.md' does not exist",
                "Build failed: 2 errors, 1 warning",
            ],
            lines);
        Assert.Empty(error);
        Assert.False(Directory.Exists(guide.OutputFolder));
    }

    [Fact]
    public void Warnaserror_fails_a_build_with_warnings()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "# Second title\n")));

        Assert.Equal(ExitCodes.Success, Run(Build(guide)).Exit);
        var (exit, output, _) = Run(Build(guide, "--warnaserror"));

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.Contains("error SG1106", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData()]
    public void A_bad_command_line_exits_2(params string[] args)
    {
        var (exit, _, error) = Run(args);

        Assert.Equal(ExitCodes.BadCommandLine, exit);
        Assert.StartsWith("sitegen: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_source_folder_is_a_diagnostic_not_a_stack_trace()
    {
        using var folder = new TempFolder();

        var (exit, output, error) = Run("build", "--source", folder.Combine("nope"), "--theme", RepositoryPaths.Theme, "--output", folder.Combine("out"));

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.StartsWith("sitegen: error SG1001:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_works_for_every_command()
    {
        Assert.Contains("build", Run("--help").Output, StringComparison.Ordinal);
        Assert.Contains("--warnaserror", Run("build", "--help").Output, StringComparison.Ordinal);
    }
}

using SiteGen.Cli;
using SiteGen.Cli.Commands;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Cli;

public sealed class NewChapterTests
{
    private static (int Exit, string Output) Run(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(args);
        return (exit, output + error);
    }

    private static TestGuide Guide()
    {
        var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Text.\n")));
        guide.Write("guide.yml", "# The table of contents\ntitle: T\nparts:\n  - title: Flask\n    chapters:\n      - a.md   # first\n  - title: Django\n    chapters:\n      - b.md\n");
        guide.Write("chapters/b.md", TestGuide.Chapter("B", "Text.\n"));
        return guide;
    }

    [Fact]
    public void A_new_chapter_is_scaffolded_listed_in_its_part_and_builds_clean()
    {
        using var guide = Guide();

        var (exit, output) = Run("new", "chapter", "Flask signals", "--part", "flask", "--source", guide.Root);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("flask-signals.md", output, StringComparison.Ordinal);
        Assert.Equal(
            "# The table of contents\ntitle: T\nparts:\n  - title: Flask\n    chapters:\n      - a.md   # first\n      - flask-signals.md\n  - title: Django\n    chapters:\n      - b.md\n",
            File.ReadAllText(Path.Combine(guide.Root, "guide.yml")));
        var compilation = guide.Compile(new CompilationOptions(WarningsAsErrors: true));
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(["A", "Flask signals", "B"], compilation.Model.Chapters.Select(c => c.Title));
        Assert.Equal("flask-signals-first-question", Assert.Single(compilation.Model.Questions, q => q.ChapterSlug == "flask-signals").Id);
    }

    [Fact]
    public void Without_a_part_the_chapter_goes_to_the_last_part()
    {
        using var guide = Guide();

        Assert.Equal(ExitCodes.Success, Run("new", "chapter", "Déjà vu: ORM tricks!", "--source", guide.Root).Exit);

        Assert.EndsWith("      - b.md\n      - deja-vu-orm-tricks.md\n", File.ReadAllText(Path.Combine(guide.Root, "guide.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void It_refuses_to_overwrite_and_reports_unknown_parts()
    {
        using var guide = Guide();

        var (exists, existsOutput) = Run("new", "chapter", "A", "--source", guide.Root);
        var (unknown, unknownOutput) = Run("new", "chapter", "Signals", "--part", "Pyramid", "--source", guide.Root);

        Assert.Equal((ExitCodes.SourceErrors, ExitCodes.SourceErrors), (exists, unknown));
        Assert.Contains("already exists", existsOutput, StringComparison.Ordinal);
        Assert.Contains("no part 'Pyramid'", unknownOutput, StringComparison.Ordinal);
        Assert.Equal(TestGuide.Chapter("A", "Text.\n"), File.ReadAllText(Path.Combine(guide.Root, "chapters", "a.md")));
        Assert.False(File.Exists(Path.Combine(guide.Root, "chapters", "signals.md")));
    }
}

using SiteGen.Cli;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Chapters built to make the parser run for minutes or fail inside it. Each is refused with a located
/// error (exit 1, never the internal-error exit 3), and the rest of the chapter still parses.
/// </summary>
public sealed class MarkdownLimitTests
{
    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static (int Exit, string Output, string Error, SiteGen.SiteCompilation Compilation) Build(string body)
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", body)));
        var (exit, output, error) = CliRunner.Run("build", "--source", guide.Root, "--theme", RepositoryPaths.Theme, "--output", guide.OutputFolder);
        return (exit, output, error, guide.Compile());
    }

    [Fact]
    public void Ten_thousand_nested_block_quotes_are_refused_at_the_marker_past_the_limit()
    {
        var (exit, output, error, compilation) = Build(Repeat(">", 10_000) + " deep\n\nAfter.\n");

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.Empty(error);
        DiagnosticAssert.Equal(compilation.Diagnostics, ("SG1601", "chapters/a.md", 5, 33));
        Assert.Contains("nested 10000 levels deep", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hundred_thousand_emphasis_openers_are_refused_at_the_run_past_the_limit()
    {
        var (exit, _, error, compilation) = Build(Repeat("*a", 100_000) + "\n");

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.Empty(error);
        DiagnosticAssert.Equal(compilation.Diagnostics, ("SG1602", "chapters/a.md", 5, 2001));
    }

    [Fact]
    public void A_three_thousand_level_nested_list_is_refused_once_where_it_passes_the_limit()
    {
        var list = string.Join("\n", Enumerable.Range(0, 3000).Select(level => new string(' ', 2 * level) + "- item"));

        var (exit, _, error, compilation) = Build(list + "\n");

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.Empty(error);
        // Level 32 (line 5 + 32) has 64 spaces and its marker: 33 levels, one past the limit. The 9 MB file
        // is also above the size warning.
        DiagnosticAssert.Equal(compilation.Diagnostics, ("SG1013", "chapters/a.md", 0, 0), ("SG1601", "chapters/a.md", 37, 65));
    }

    [Fact]
    public void Emphasis_nested_four_hundred_deep_within_the_delimiter_limit_is_a_located_error_not_a_render_failure()
    {
        var (exit, output, error, compilation) = Build("Intro.\n\n" + Repeat("*a ", 400) + Repeat("a* ", 400) + "\n");

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.Empty(error);
        // The paragraph is at depth 1, its inline root at 2 and the k-th emphasis at k + 2, so the text inside
        // the 98th emphasis (its 'a' at column 3 * 97 + 2) is the first node 101 deep.
        DiagnosticAssert.Equal(compilation.Diagnostics, ("SG1601", "chapters/a.md", 7, 293));
        Assert.DoesNotContain("SG9003", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chapter_of_many_busy_paragraphs_is_stopped_by_the_chapter_budget()
    {
        var paragraph = Repeat("*a", 999) + "\n\n";

        var (exit, _, _, compilation) = Build(Repeat(paragraph, 120));

        Assert.Equal(ExitCodes.SourceErrors, exit);
        // 100 paragraphs of 999 runs fit (99,900); the 101st passes 100,000 at its 101st run.
        DiagnosticAssert.Equal(compilation.Diagnostics, ("SG1605", "chapters/a.md", 5 + 2 * 100, 201));
    }

    [Fact]
    public void A_hundred_thousand_nested_divs_are_cut_at_the_raw_html_limit()
    {
        var (exit, _, error, compilation) = Build("Intro.\n\n" + Repeat("<div>", 100_000) + "\n");

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.Empty(error);
        DiagnosticAssert.Equal(compilation.Diagnostics, ("SG1606", "chapters/a.md", 7, 1));
    }

    [Fact]
    public void Ordinary_nesting_and_emphasis_are_untouched()
    {
        var body = "> quote\n> - item\n>   - nested *em* and **strong** and [link](https://example.org)\n\n" +
                   "```python\n" + Repeat("x = data['key'][0] * 2\n", 50) + "```\n";

        var (exit, _, _, compilation) = Build(body);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(compilation.Diagnostics);
    }
}

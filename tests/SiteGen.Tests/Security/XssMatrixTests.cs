using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Security;

/// <summary>
/// The XSS matrix: every payload through every author channel. What builds must build with located warnings
/// and publish nothing live; what cannot build is refused with a located diagnostic.
/// </summary>
public sealed class XssMatrixTests
{
    [Fact]
    public void The_matrix_holds_at_least_sixty_payloads()
    {
        Assert.True(XssPayloads.Count >= 60, $"{XssPayloads.Count} payloads");
    }

    [Fact]
    public void Every_payload_in_every_channel_builds_with_warnings_and_nothing_live_reaches_the_output()
    {
        using var guide = new TestGuide();
        XssMatrixGuide.Write(guide.Root);
        var compilation = guide.Compile();
        var result = SiteEmitter.Emit(compilation, SharedTheme.Renderer, guide.OutputFolder);

        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.Empty(SiteSafetyInspector.Problems(guide.OutputFolder));

        // Each script URL is refused where it was written: the link and the image on their line, the reference
        // definition on its own (autolinks too, where the payload still parses as one); and likewise in the dataset.
        var refused = result.Diagnostics.Where(d => d.Id == "SG1206").ToArray();
        var lines = File.ReadAllLines(Path.Combine(guide.Root, "chapters/urls.md"));
        for (var line = 1; line <= lines.Length; line++)
        {
            var here = refused.Count(d => d.Location.Path == "chapters/urls.md" && d.Location.StartLine == line);
            if (lines[line - 1].StartsWith("A [link", StringComparison.Ordinal)) Assert.True(here >= 2, $"line {line}: {here} warnings: {lines[line - 1]}");
            if (lines[line - 1].StartsWith("[r", StringComparison.Ordinal)) Assert.True(here == 1, $"line {line}: {here} warnings: {lines[line - 1]}");
        }
        Assert.True(refused.Count(d => d.Location.Path == "data/comparison.yaml") >= 4 * XssPayloads.Urls.Length);
        Assert.All(refused, d => Assert.True(d.Location.StartLine > 0 && d.Location.StartColumn > 0, d.ToString()));
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain('\n', d.ToString()));
    }

    [Fact]
    public void Every_raw_html_payload_that_loses_something_says_so_at_its_line()
    {
        using var guide = new TestGuide();
        XssMatrixGuide.Write(guide.Root);
        var warnings = guide.Compile().Diagnostics.Where(d => d.Id == "SG1301" && d.Location.Path == "chapters/html.md").ToArray();
        var lines = File.ReadAllLines(Path.Combine(guide.Root, "chapters/html.md"));
        foreach (var warning in warnings)
        {
            Assert.Contains('<', lines[warning.Location.StartLine - 1]);
        }
        Assert.True(warnings.Length >= XssPayloads.Html.Length, $"{warnings.Length} SG1301 warnings");
    }

    [Fact]
    public void An_autolink_with_a_script_scheme_is_a_located_warning_and_an_error_with_warnaserror()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Click <javascript:alert(document.domain)> now.\n")));

        DiagnosticAssert.Equal(guide.Compile().Diagnostics, ("SG1206", "chapters/a.md", 5, 7));
        var strict = guide.Compile(new CompilationOptions(null, WarningsAsErrors: true));
        Assert.True(strict.HasErrors);
    }

    [Fact]
    public void A_scheme_hidden_by_an_entity_tab_is_refused_as_unsafe_not_reported_as_a_missing_file()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "A [x](java&#x09;script:alert(1)) link.\n")));

        DiagnosticAssert.Equal(guide.Compile().Diagnostics, ("SG1206", "chapters/a.md", 5, 3));
    }

    [Theory]
    [InlineData("[here](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[d](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[y](JaVaScRiPt:alert(1))")]
    [InlineData("![x](javascript:alert(1))")]
    public void A_script_url_in_dataset_text_is_refused_at_its_yaml_position_and_rendered_inert(string markdown)
    {
        using var guide = DatasetGuide($"Before {markdown} after.");
        var site = Build(guide);

        var warning = Assert.Single(site.Result.Diagnostics, d => d.Id == "SG1206");
        Assert.Equal(("data/comparison.yaml", 15, 18 + "Before ".Length), (warning.Location.Path, warning.Location.StartLine, warning.Location.StartColumn));
        Assert.Empty(SiteSafetyInspector.Problems(site.Output));
    }

    [Fact]
    public void A_dataset_link_to_a_missing_chapter_is_reported_at_its_yaml_position()
    {
        using var guide = DatasetGuide("See [x](no-such-chapter.md).");

        DiagnosticAssert.Equal(guide.Compile().Diagnostics, ("SG1201", "data/comparison.yaml", 15, 22));
    }

    [Fact]
    public void A_dataset_link_to_a_chapter_is_rewritten_to_the_page_url_relative_to_each_page()
    {
        using var guide = DatasetGuide("See [the part](a.md#part).");
        var site = Build(guide);

        Assert.True(site.Result.Success);
        var onComparison = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "comparison/index.html")));
        Assert.Equal("../a/#part", onComparison.QuerySelector(".comparison-verdict a")!.GetAttribute("href"));
        var onChapter = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "a/index.html")));
        Assert.Equal("../a/#part", onChapter.QuerySelector(".comparison-verdict a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_framework_homepage_with_a_script_scheme_is_refused_at_its_position()
    {
        using var guide = new TestGuide();
        XssMatrixGuide.Write(guide.Root);
        var lines = File.ReadAllLines(Path.Combine(guide.Root, "data/comparison.yaml"));
        var line = Array.FindIndex(lines, l => l.Contains("homepage: javascript:", StringComparison.Ordinal)) + 1;

        Assert.Contains(guide.Compile().Diagnostics, d => d.Id == "SG1206" && d.Location.Path == "data/comparison.yaml" && d.Location.StartLine == line);
    }

    [Fact]
    public void An_edit_url_with_a_script_scheme_is_refused_at_its_line()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Text.\n")));
        guide.Write("guide.yml", "title: T\nedit_url: javascript:alert(1)//\nparts:\n  - title: P\n    chapters: [a.md]\n");

        DiagnosticAssert.Equal(guide.Compile().Diagnostics, ("SG1004", "guide.yml", 2, 11));
    }

    [Fact]
    public void A_question_id_that_breaks_out_of_its_attribute_is_refused_at_its_position()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A",
            "## Q\n\n::: question {#x\"onmouseover=alert(1) difficulty=mid framework=flask}\nWhat?\n***\nThis.\n:::\n")));

        var diagnostics = guide.Compile().Diagnostics;
        Assert.Contains(diagnostics, d => d.IsError && d.Id.StartsWith("SG150", StringComparison.Ordinal) && d.Location.StartLine == 7);
    }

    private static readonly HtmlParser Parser = new();

    /// <summary>A guide with one chapter (a heading "Part" and a table) and a dataset whose flask verdict starts at line 15, column 18.</summary>
    private static TestGuide DatasetGuide(string verdict)
    {
        var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "## Part\n\n```comparison\ndimensions: [orm]\n```\n")));
        guide.Write("data/comparison.yaml", $"""
            frameworks:
              - id: flask
                name: Flask
              - id: django
                name: Django
            categories:
              - id: data
                title: Data
            dimensions:
              - id: orm
                category: data
                title: ORM
                values:
                  flask:
                    verdict: {verdict}
                  django:
                    verdict: Built in.
                sources: [https://docs.djangoproject.com/]
            """);
        return guide;
    }

    private static BuiltSite Build(TestGuide guide) => new(guide.Root);
}

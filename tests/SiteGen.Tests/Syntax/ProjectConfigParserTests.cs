using SiteGen.Diagnostics;
using SiteGen.Sources;
using SiteGen.Syntax;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Syntax;

public sealed class ProjectConfigParserTests
{
    private static (ProjectConfig Config, List<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var diagnostics = new List<Diagnostic>();
        var config = ProjectConfigParser.Parse(new SourceFile("guide.yml", yaml), diagnostics);
        return (config, diagnostics);
    }

    [Fact]
    public void A_complete_guide_yml_is_read_in_order()
    {
        var (config, diagnostics) = Parse("""
            title: Flask vs Django
            description: A study guide.
            url: https://example.org
            base_path: repo-name
            parts:
              - title: Flask
                chapters: [a.md, b.md]
              - title: Django
                chapters:
                  - c.md
            """);

        Assert.Empty(diagnostics);
        Assert.Equal("Flask vs Django", config.Title);
        Assert.Equal("/repo-name/", config.BasePath);
        Assert.Equal(new Uri("https://example.org"), config.SiteUrl);
        Assert.Equal(["Flask", "Django"], config.Parts.Select(p => p.Title));
        Assert.Equal(["a.md", "b.md", "c.md"], config.Chapters.Select(c => c.FileName));
        Assert.Equal((10, 9), (config.Chapters.Last().Location.StartLine, config.Chapters.Last().Location.StartColumn));
    }

    [Fact]
    public void Unknown_keys_and_bad_values_are_all_reported_with_positions()
    {
        var (_, diagnostics) = Parse("""
            title: T
            colour: blue
            url: not a url
            parts:
              - title: P
                chapter: [a.md]
                chapters: [../escape.md]
            """);

        DiagnosticAssert.Equal(diagnostics,
            ("SG1003", "guide.yml", 2, 1),
            ("SG1004", "guide.yml", 3, 6),
            ("SG1003", "guide.yml", 6, 5),
            ("SG1004", "guide.yml", 7, 16));
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_at_its_position()
    {
        var (_, diagnostics) = Parse("title: T\nparts:\n  - title: [unclosed\n");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SG1002", diagnostic.Id);
        Assert.Equal(4, diagnostic.Location.StartLine);
    }

    [Fact]
    public void A_missing_title_and_missing_parts_are_errors()
    {
        var (_, diagnostics) = Parse("description: d\n");

        Assert.Equal(["SG1004", "SG1004"], diagnostics.Select(d => d.Id));
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("repo", "/repo/")]
    [InlineData("/a/b/", "/a/b/")]
    [InlineData("/../x", null)]
    [InlineData("/a b/", null)]
    public void Base_paths_are_normalized_or_rejected(string input, string? expected) =>
        Assert.Equal(expected, BasePath.Normalize(input));
}

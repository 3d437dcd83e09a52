using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Binding;

public sealed class LinkResolutionTests
{
    [Fact]
    public void Links_to_chapters_and_anchors_resolve_to_page_urls()
    {
        using var guide = TestGuide.With(
            ("a.md", TestGuide.Chapter("A", "Go to [b](b.md), [its part](b.md#second-part), [here](#top) and [ext](https://example.org).\n\n## Top\n")),
            ("b.md", TestGuide.Chapter("B", "## Second part\n")));

        var compilation = guide.Compile();

        Assert.Empty(compilation.Diagnostics);
        var page = compilation.Model.Chapters.First();
        Assert.Equal("b/", page.ResolvedLinks["b.md"]);
        Assert.Equal("b/#second-part", page.ResolvedLinks["b.md#second-part"]);
        Assert.False(page.ResolvedLinks.ContainsKey("#top"));
        Assert.False(page.ResolvedLinks.ContainsKey("https://example.org"));
    }

    [Fact]
    public void Broken_links_are_reported_at_their_exact_position()
    {
        using var guide = TestGuide.With(
            ("a.md", TestGuide.Chapter("A", """
                Missing [file](nope.md).
                Missing [anchor](b.md#nowhere) here.
                Local [anchor](#absent).
                Unlisted [chapter](draft.md).
                Up [and out](../../etc/passwd).
                Data [file](../guide.yml).
                """)),
            ("b.md", TestGuide.Chapter("B", "Text.\n")));
        guide.Write("chapters/draft.md", TestGuide.Chapter("Draft", "Text.\n"));

        var compilation = guide.Compile();

        DiagnosticAssert.Equal(compilation.Diagnostics,
            ("SG1201", "chapters/a.md", 5, 9),
            ("SG1202", "chapters/a.md", 6, 9),
            ("SG1202", "chapters/a.md", 7, 7),
            ("SG1203", "chapters/a.md", 8, 10),
            ("SG1205", "chapters/a.md", 9, 4),
            ("SG1204", "chapters/a.md", 10, 6),
            ("SG1007", "chapters/draft.md", 1, 1));
    }

    [Fact]
    public void A_guide_yml_entry_without_a_file_is_reported_at_the_entry()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Text.\n")));
        guide.Write("guide.yml", "title: T\nparts:\n  - title: P\n    chapters:\n      - a.md\n      - missing.md\n      - a.md\n");

        DiagnosticAssert.Equal(guide.Compile().Diagnostics,
            ("SG1005", "guide.yml", 6, 9),
            ("SG1006", "guide.yml", 7, 9));
    }

    [Fact]
    public void A_broken_link_and_a_front_matter_typo_are_both_reported_in_one_run()
    {
        using var guide = TestGuide.With(
            ("a.md", "---\ntitle: A\ntgas: [x]\n---\n\nSee [b](b.md#missing).\n"),
            ("b.md", TestGuide.Chapter("B", "Text.\n")));

        var compilation = guide.Compile();

        Assert.True(compilation.HasErrors);
        DiagnosticAssert.Equal(compilation.Diagnostics, ("SG1103", "chapters/a.md", 3, 1), ("SG1202", "chapters/a.md", 6, 5));
    }

    [Fact]
    public void Unsafe_link_schemes_are_removed_with_a_warning()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "A [trap](javascript:alert(1)) and [mail](mailto:a@example.org).\n")));

        var compilation = guide.Compile();

        DiagnosticAssert.Equal(compilation.Diagnostics, ("SG1206", "chapters/a.md", 5, 3));
        Assert.Equal("#", compilation.Model.Chapters.Single().ResolvedLinks["javascript:alert(1)"]);
    }

    [Fact]
    public void Warnings_become_errors_with_warnaserror()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "# Extra title\n")));

        Assert.False(guide.Compile().HasErrors);
        Assert.True(guide.Compile(new CompilationOptions(WarningsAsErrors: true)).HasErrors);
    }

    [Fact]
    public void Reading_order_follows_guide_yml_with_previous_and_next()
    {
        using var guide = TestGuide.With(
            ("z.md", TestGuide.Chapter("Zed", "Text.\n")),
            ("a.md", TestGuide.Chapter("Ay", "Text.\n")));

        var model = guide.Compile().Model;

        Assert.Equal(["Zed", "Ay"], model.Chapters.Select(p => p.Title));
        Assert.Equal(("Test Guide", ""), (model.Chapters.First().Previous!.Title, model.Chapters.First().Previous!.SitePath));
        Assert.Equal("a/", model.Chapters.First().Next!.SitePath);
        Assert.Null(model.Chapters.Last().Next);
    }
}

using AngleSharp.Html.Dom;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Print;

/// <summary>The whole-guide print page (/print/), read from the emitted HTML.</summary>
public sealed class PrintPageTests
{
    private const string GuideYml = """
        title: Print Guide
        description: Two parts, three chapters.
        parts:
          - title: Start
            chapters:
              - intro.md
              - routing.md
          - title: More
            chapters:
              - more/views.md
        """;

    private static TestGuide ThreeChapters() => new TestGuide()
        .Write("guide.yml", GuideYml)
        .Write("chapters/intro.md", TestGuide.Chapter("Introduction", """
            ## Setup

            Read [routing's setup](routing.md#setup), [all of routing](routing.md), [this setup](#setup),
            [views](more/views.md#views-and-templates), [notes](../assets/notes.txt) and [Python](https://www.python.org/).

            ::: question {#intro-setup difficulty=junior framework=both}
            What do you set up first?
            ***
            The application.
            :::
            """))
        .Write("chapters/routing.md", TestGuide.Chapter("Routing", """
            ## Setup

            Routing has a setup section too; back to [the introduction](intro.md).[^1]

            [^1]: A footnote of routing.

            ```python
            print("a line of code")
            ```
            """))
        .Write("chapters/more/views.md", TestGuide.Chapter("Views", """
            ## Views and templates

            Text with a note.[^1]

            [^1]: A footnote of views.
            """))
        .Write("assets/notes.txt", "notes");

    private static IHtmlDocument BuildPrintPage(TestGuide guide, out BuiltSite site)
    {
        site = new BuiltSite(guide.Root);
        Assert.True(site.Result.Success, string.Join("\n", site.Result.Diagnostics));
        return site.Page("print/index.html");
    }

    [Fact]
    public void Every_chapter_follows_in_reading_order_with_its_part_and_title()
    {
        using var guide = ThreeChapters();
        var page = BuildPrintPage(guide, out var site);
        using var _ = site;

        var chapters = page.QuerySelectorAll("article.print-chapter").ToArray();

        Assert.Equal(["intro", "routing", "more/views"], chapters.Select(c => c.Id));
        Assert.Equal(["Introduction", "Routing", "Views"], chapters.Select(c => c.QuerySelector("h2")!.TextContent));
        Assert.Equal(["Start", "Start", "More"], chapters.Select(c => c.QuerySelector(".chapter-part")!.TextContent));
        Assert.Equal(["#intro", "#routing", "#more/views"], page.QuerySelectorAll(".page-toc a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Print Guide", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
    }

    [Fact]
    public void Heading_ids_are_prefixed_by_their_chapter_and_unique_across_the_page()
    {
        using var guide = ThreeChapters();
        var page = BuildPrintPage(guide, out var site);
        using var _ = site;

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToArray();

        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["routing--fn:1", "more/views--fn:1"], page.QuerySelectorAll(".footnotes li").Select(li => li.Id));
        Assert.Equal("#more/views--fn:1", Uri.UnescapeDataString(page.QuerySelector("#more\\/views a.footnote-ref")!.GetAttribute("href")!));
        Assert.Equal(["intro--setup", "routing--setup", "more/views--views-and-templates"],
            page.QuerySelectorAll(".print-chapter h3").Select(h => h.Id));
    }

    [Fact]
    public void Links_to_chapters_and_their_sections_point_inside_the_page_and_other_links_stay()
    {
        using var guide = ThreeChapters();
        var page = BuildPrintPage(guide, out var site);
        using var _ = site;

        var links = page.QuerySelectorAll("#intro .chapter-body p a").Select(a => a.GetAttribute("href")!).ToArray();

        Assert.Equal(["#routing--setup", "#routing", "#intro--setup", "#more/views--views-and-templates", "../assets/notes.txt", "https://www.python.org/"], links);
        Assert.Equal("#intro", page.QuerySelector("#routing .chapter-body p a")!.GetAttribute("href"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet();
        Assert.All(page.QuerySelectorAll(".print-chapter a[href^='#']"), a => Assert.Contains(Uri.UnescapeDataString(a.GetAttribute("href")![1..]), ids));
    }

    [Fact]
    public void Answers_are_open_and_the_page_is_kept_out_of_the_sitemap_and_the_search_index()
    {
        using var guide = ThreeChapters();
        guide.Write("guide.yml", GuideYml + "\nurl: https://example.org\n");
        var page = BuildPrintPage(guide, out var site);
        using var _ = site;

        Assert.True(page.QuerySelector("#intro-setup details.question-answer")!.HasAttribute("open"));
        // No noindex: Lighthouse's SEO audit fails any page that has it, and every page type must score 100.
        Assert.Null(page.QuerySelector("meta[name=robots]"));
        Assert.Contains("https://example.org/intro/", site.Text("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain("print/", site.Text("sitemap.xml"), StringComparison.Ordinal);
        Assert.All(Directory.GetFiles(Path.Combine(site.Output, "search")), file => Assert.DoesNotContain("print/", File.ReadAllText(file), StringComparison.Ordinal));
    }

    [Fact]
    public void The_home_page_links_to_the_print_page_and_each_chapter_to_its_place_in_it()
    {
        using var guide = ThreeChapters();
        BuildPrintPage(guide, out var site);
        using var _ = site;

        Assert.Equal("print/", site.Page("index.html").QuerySelector(".print-link a")!.GetAttribute("href"));
        Assert.Equal("../../print/#more/views", site.Page("more/views/index.html").QuerySelector(".print-link a")!.GetAttribute("href"));
    }

    [Fact]
    public void Print_page_false_in_guide_yml_leaves_out_the_page_and_its_links()
    {
        using var guide = ThreeChapters();
        guide.Write("guide.yml", GuideYml + "\nprint_page: false\n");
        using var site = new BuiltSite(guide.Root);

        Assert.True(site.Result.Success, string.Join("\n", site.Result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(site.Output, "print", "index.html")));
        Assert.Null(site.Page("index.html").QuerySelector(".print-link"));
        Assert.Null(site.Page("intro/index.html").QuerySelector(".print-link"));
    }

    [Fact]
    public void Print_page_takes_true_or_false_and_says_so_at_any_other_value()
    {
        using var guide = ThreeChapters();
        guide.Write("guide.yml", GuideYml + "\nprint_page: sometimes\n");

        var compilation = guide.Compile();

        DiagnosticAssert.Equal(compilation.Diagnostics, ("SG1004", "guide.yml", 11, 13));
        Assert.Contains(compilation.Model.Pages, p => p.Kind == SiteGen.Binding.PageKind.Print);
    }
}

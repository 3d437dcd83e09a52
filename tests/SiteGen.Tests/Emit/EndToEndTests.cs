using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Emit;

/// <summary>Builds tests/fixtures/basic once and checks what a reader gets, by parsing the HTML.</summary>
public sealed class EndToEndTests(EndToEndTests.BasicSite site) : IClassFixture<EndToEndTests.BasicSite>
{
    public sealed class BasicSite() : IDisposable
    {
        public BuiltSite Site { get; } = new(RepositoryPaths.Fixture("basic"));

        public void Dispose() => Site.Dispose();
    }

    private BuiltSite Site => site.Site;

    [Fact]
    public void The_build_succeeds_and_writes_every_page()
    {
        Assert.True(Site.Result.Success, string.Join("\n", Site.Result.Diagnostics));
        foreach (var file in new[] { "index.html", "intro/index.html", "routing/index.html", "safety/index.html", "404.html", "sitemap.xml", "assets/diagram.svg", "static/css/site.css" })
        {
            Assert.True(File.Exists(Path.Combine(Site.Output, file)), file);
        }
    }

    [Fact]
    public void Navigation_lists_chapters_in_guide_order_and_marks_the_current_page()
    {
        var page = Site.Page("routing/index.html");

        var links = page.QuerySelectorAll("#site-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();
        Assert.Equal([("Introduction", "../intro/"), ("Routing", "../routing/"), ("Safety", "../safety/")], links);
        Assert.Equal("Routing", page.QuerySelector("#site-nav a[aria-current=page]")!.TextContent);
        Assert.Equal(["Start", "Topics"], page.QuerySelectorAll(".nav-part-title").Select(e => e.TextContent));
    }

    [Fact]
    public void Previous_and_next_follow_reading_order()
    {
        var page = Site.Page("routing/index.html");

        Assert.Equal("../intro/", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("../safety/", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("intro/", Site.Page("index.html").QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(Site.Page("safety/index.html").QuerySelector("a[rel=next]"));
    }

    [Fact]
    public void The_page_has_one_h1_and_a_table_of_contents_of_h2_and_h3()
    {
        var page = Site.Page("routing/index.html");

        Assert.Equal("Routing", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        var toc = page.QuerySelectorAll(".page-toc li > a").Select(a => a.GetAttribute("href") ?? "").ToArray();
        Assert.Equal(["#converters", "#overview", "#overview-1"], toc);
        Assert.Equal("#overview", page.QuerySelector(".page-toc > ol > li:first-child ol a")!.GetAttribute("href"));
    }

    [Fact]
    public void Cross_references_become_relative_page_urls()
    {
        var page = Site.Page("intro/index.html");
        var hrefs = page.QuerySelectorAll(".chapter-body a").Select(a => a.GetAttribute("href")).ToArray();

        Assert.Contains("../routing/", hrefs);
        Assert.Contains("../routing/#converters", hrefs);
        Assert.Contains("../assets/diagram.svg", hrefs);
        Assert.Equal("../assets/diagram.svg", page.QuerySelector(".chapter-body img")!.GetAttribute("src"));
        Assert.Equal("../intro/#overview", Site.Page("routing/index.html").QuerySelector(".chapter-body p a")!.GetAttribute("href"));
    }

    [Fact]
    public void Headings_have_ids_and_self_links()
    {
        var heading = Site.Page("intro/index.html").QuerySelector("h2#overview")!;

        var anchor = heading.QuerySelector("a.heading-anchor")!;
        Assert.Equal("#overview", anchor.GetAttribute("href"));
        Assert.Equal("Permalink: Overview", anchor.GetAttribute("aria-label"));
    }

    [Fact]
    public void Chapters_link_to_their_source_for_editing()
    {
        Assert.Equal("https://example.org/repo/edit/main/guide/chapters/intro.md",
            Site.Page("intro/index.html").QuerySelector(".edit-link a")!.GetAttribute("href"));
        Assert.Null(Site.Page("index.html").QuerySelector(".edit-link"));
    }

    [Fact]
    public void External_links_get_rel_noopener()
    {
        var link = Site.Page("intro/index.html").QuerySelector("a[href='https://flask.palletsprojects.com/']")!;

        Assert.Equal("noopener", link.GetAttribute("rel"));
    }

    [Fact]
    public void Alerts_tables_footnotes_and_task_lists_render()
    {
        var page = Site.Page("intro/index.html");

        Assert.NotNull(page.QuerySelector(".markdown-alert-tip"));
        Assert.Equal("Flask", page.QuerySelector(".chapter-body table tbody td")!.TextContent);
        Assert.NotNull(page.QuerySelector("a.footnote-ref[href='#fn:1']"));
        Assert.Equal(2, page.QuerySelectorAll(".task-list-item input[type=checkbox][disabled]").Length);
        Assert.Equal(["done", "to do"], page.QuerySelectorAll(".task-list-item > label").Select(l => l.TextContent.Trim()));
        Assert.All(page.QuerySelectorAll(".task-list-item input"), input => Assert.Equal("LABEL", input.ParentElement!.TagName));
    }

    [Fact]
    public void Code_blocks_are_highlighted_at_build_time()
    {
        var code = Site.Page("routing/index.html").QuerySelector("pre.code-block code.language-python")!;

        Assert.Contains("@app.route", code.TextContent, StringComparison.Ordinal);
        Assert.Equal("def", code.QuerySelector("span.hl-k")!.TextContent);
        Assert.Contains(code.QuerySelectorAll("span.hl-s"), s => s.TextContent.StartsWith("f\"", StringComparison.Ordinal) || s.TextContent.Contains("User", StringComparison.Ordinal));
        Assert.Empty(Site.Page("routing/index.html").QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public void Contributor_html_cannot_run_script()
    {
        var body = Site.Page("safety/index.html").QuerySelector(".chapter-body")!;

        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.DoesNotContain(body.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.DoesNotContain(body.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Click", body.QuerySelector("div.note")!.TextContent);
        Assert.Equal(4, Site.Result.Diagnostics.Count(d => d.Id is "SG1301" or "SG1206"));
    }

    [Fact]
    public void The_404_page_links_through_the_base_path()
    {
        var page = Site.Page("404.html");

        Assert.Equal("/docs/", page.QuerySelector(".site-title")!.GetAttribute("href"));
        Assert.Equal("/docs/intro/", page.QuerySelector("#site-nav a")!.GetAttribute("href"));
        Assert.StartsWith("/docs/static/css/site.css?v=", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sitemap_lists_absolute_urls_under_the_base_path()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(Site.Text("sitemap.xml"));
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

        Assert.Equal(
            ["https://example.org/docs/", "https://example.org/docs/intro/", "https://example.org/docs/routing/", "https://example.org/docs/safety/"],
            sitemap.Descendants(ns + "loc").Select(e => e.Value));
        Assert.Equal("https://example.org/docs/intro/", Site.Page("intro/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_home_page_lists_every_chapter_by_part()
    {
        var page = Site.Page("index.html");

        Assert.Equal(["Start", "Topics"], page.QuerySelectorAll(".home-part h2").Select(h => h.TextContent));
        Assert.Equal(["intro/", "routing/", "safety/"], page.QuerySelectorAll(".chapter-list a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Pages_use_no_inline_script_and_no_external_resources()
    {
        foreach (var file in new[] { "index.html", "intro/index.html", "404.html" })
        {
            var page = Site.Page(file);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "inline script"));
            Assert.All(page.QuerySelectorAll("script[src], link[href]"),
                e => Assert.DoesNotContain("//", (e.GetAttribute("src") ?? e.GetAttribute("href"))!.Replace("https://example.org", "", StringComparison.Ordinal), StringComparison.Ordinal));
        }
    }
}

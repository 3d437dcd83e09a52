using AngleSharp.Html.Dom;
using SiteGen.Security;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Print;

/// <summary>The real guide's print page and cheat sheet, built once.</summary>
public sealed class GuidePrintPageTests(GuidePrintPageTests.GuideSite guide) : IClassFixture<GuidePrintPageTests.GuideSite>
{
    public sealed class GuideSite : IDisposable
    {
        public BuiltSite Site { get; } = new(RepositoryPaths.Guide);

        public void Dispose() => Site.Dispose();
    }

    private IHtmlDocument PrintPage => guide.Site.Page("print/index.html");

    [Fact]
    public void The_print_page_holds_every_chapter_in_reading_order()
    {
        Assert.True(guide.Site.Result.Success);
        var chapters = guide.Site.Compilation.Model.Chapters.ToArray();

        var articles = PrintPage.QuerySelectorAll("article.print-chapter").ToArray();

        Assert.Equal(chapters.Select(c => c.SitePath.TrimEnd('/')), articles.Select(a => a.Id));
        Assert.Equal(chapters.Select(c => c.Title), articles.Select(a => a.QuerySelector("h2")!.TextContent));
        Assert.All(articles, a => Assert.NotEmpty(a.QuerySelectorAll(".chapter-body p")));
    }

    [Fact]
    public void Ids_are_unique_and_every_link_to_a_chapter_points_inside_the_page()
    {
        var page = PrintPage;
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToArray();
        var chapterHrefs = guide.Site.Compilation.Model.Chapters.Select(c => "../" + c.SitePath).ToArray();
        var bodyLinks = page.QuerySelectorAll(".print-chapter a[href]").Select(a => a.GetAttribute("href")!).ToArray();

        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(bodyLinks, href => chapterHrefs.Any(chapter => href.StartsWith(chapter, StringComparison.Ordinal)));
        var internalLinks = bodyLinks.Where(href => href.StartsWith('#')).ToArray();
        Assert.True(internalLinks.Length > 100, $"{internalLinks.Length} links inside the page");
        Assert.All(internalLinks, href => Assert.Contains(Uri.UnescapeDataString(href[1..]), ids));
    }

    [Fact]
    public void No_url_on_the_print_page_or_the_cheat_sheet_carries_a_script()
    {
        foreach (var file in new[] { "print/index.html", "cheat-sheet/index.html" })
        {
            var urls = guide.Site.Page(file).QuerySelectorAll("[href], [src]")
                .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>().ToArray();
            Assert.NotEmpty(urls);
            Assert.All(urls, url => Assert.True(UrlPolicy.IsAllowed(url), $"{file}: {url}"));
        }
    }

    [Fact]
    public void The_cheat_sheet_shows_every_comparison_topic_and_every_glossary_term()
    {
        var sheet = guide.Site.Page("cheat-sheet/index.html");
        var dataset = guide.Site.Compilation.Model.Comparison!;

        var topics = sheet.QuerySelectorAll("#at-a-glance ~ dl dt").Select(dt => dt.TextContent).ToArray();
        var terms = sheet.QuerySelectorAll(".cheat-glossary dt a").ToArray();

        Assert.Equal(dataset.ByCategory().SelectMany(g => g.Dimensions).Select(d => d.Title), topics);
        Assert.True(terms.Length >= 50, $"{terms.Length} terms");
        Assert.Equal("../glossary/#admin-site", terms[0].GetAttribute("href"));
        Assert.StartsWith("Django. The django.contrib.admin app builds", sheet.QuerySelector(".cheat-glossary dd")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("ModelAdmin class.", sheet.QuerySelector(".cheat-glossary dd")!.TextContent, StringComparison.Ordinal);
    }
}

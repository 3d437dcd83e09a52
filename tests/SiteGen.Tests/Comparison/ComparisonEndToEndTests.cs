using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Comparison;

/// <summary>Builds the three-framework fixture: a new framework is data only, and tables render from it.</summary>
public sealed class ComparisonEndToEndTests(ComparisonEndToEndTests.ComparisonSite site) : IClassFixture<ComparisonEndToEndTests.ComparisonSite>
{
    public sealed class ComparisonSite : IDisposable
    {
        public BuiltSite Site { get; } = new(RepositoryPaths.Fixture("comparison"));

        public void Dispose() => Site.Dispose();
    }

    private BuiltSite Site => site.Site;

    [Fact]
    public void The_fixture_builds_cleanly()
    {
        Assert.True(Site.Result.Success, string.Join("\n", Site.Result.Diagnostics));
        Assert.Empty(Site.Result.Diagnostics);
    }

    [Fact]
    public void A_block_by_dimensions_renders_one_row_per_dimension_and_one_column_per_framework()
    {
        var table = Site.Page("databases/index.html").QuerySelectorAll("table.comparison-table")[0];

        Assert.Equal("Flask vs Django vs FastAPI: ORM, Migrations", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Topic", "Flask 3.1", "Django 5.2", "FastAPI 0.115"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        Assert.Equal(["ORM", "Migrations"], table.QuerySelectorAll("tbody th[scope=row] a.comparison-topic").Select(a => a.TextContent));
        Assert.All(table.QuerySelectorAll("tbody tr"), row => Assert.Equal(3, row.QuerySelectorAll("td").Length));
        Assert.Equal("SQLAlchemy", table.QuerySelector("td[data-label=Flask] strong")!.TextContent);
    }

    [Fact]
    public void Notes_are_disclosures_and_rows_link_to_the_comparison_page_and_their_sections()
    {
        var row = Site.Page("databases/index.html").QuerySelector("tr[data-dimension=orm]")!;

        Assert.Equal("../comparison/#orm", row.QuerySelector("a.comparison-topic")!.GetAttribute("href"));
        Assert.Equal("../databases/#orms", row.QuerySelector(".comparison-see a")!.GetAttribute("href"));
        Assert.Equal("Databases › ORMs", row.QuerySelector(".comparison-see a")!.TextContent);
        var note = row.QuerySelector("td[data-label=Flask] details.comparison-note")!;
        Assert.StartsWith("More", note.QuerySelector("summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("application context", note.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_by_category_shows_that_category_with_the_chosen_frameworks_in_order()
    {
        var table = Site.Page("databases/index.html").QuerySelectorAll("table.comparison-table")[1];

        Assert.Equal("Django vs Flask: Security", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Django", "Flask"], table.QuerySelectorAll("tbody td").Select(td => td.GetAttribute("data-label")));
    }

    [Fact]
    public void The_comparison_page_groups_every_dimension_by_category_with_anchors()
    {
        var page = Site.Page("comparison/index.html");

        Assert.Equal(["Security", "Data"], page.QuerySelectorAll(".comparison-category h2").Select(h => h.TextContent.TrimEnd('#')));
        Assert.Equal(["csrf", "orm", "migrations"], page.QuerySelectorAll("tr[id]").Select(tr => tr.Id));
        Assert.Equal("#orm", page.QuerySelector("tr#orm a.comparison-topic")!.GetAttribute("href"));
        Assert.Equal("https://docs.djangoproject.com/en/5.2/topics/db/", page.QuerySelector("tr#orm .comparison-sources a")!.GetAttribute("href"));
        Assert.Equal("noopener", page.QuerySelector("tr#orm .comparison-sources a")!.GetAttribute("rel"));
        Assert.NotNull(page.QuerySelector(".comparison-filters"));
    }

    [Fact]
    public void The_comparison_page_is_listed_in_the_navigation()
    {
        var nav = Site.Page("databases/index.html").QuerySelectorAll("#site-nav a").Select(a => (a.TextContent, a.GetAttribute("href")));

        Assert.Contains(("Comparison table", "../comparison/"), nav);
    }
}

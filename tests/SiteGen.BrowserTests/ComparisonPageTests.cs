using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;

namespace SiteGen.BrowserTests;

/// <summary>The comparison page's filters, in a real browser, on the real guide's dataset.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class ComparisonPageTests(GuideSiteFixture site)
{
    private static Task<int> VisibleRows(IPage page) =>
        page.EvaluateAsync<int>("() => [...document.querySelectorAll('.comparison-category tr[data-dimension]')].filter(r => r.offsetParent !== null).length");

    [SkippableFact]
    public async Task Typing_narrows_the_rows_and_announces_the_count()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("comparison/"));
        var all = await VisibleRows(page);
        Assert.True(all >= 30, $"{all} rows");

        await page.FillAsync("#comparison-text", "csrf");

        var visible = await VisibleRows(page);
        Assert.InRange(visible, 1, all - 1);
        Assert.True(await page.IsVisibleAsync("tr#csrf"));
        Assert.False(await page.IsVisibleAsync("tr#orm"));
        Assert.Equal($"{visible} of {all} topics", await page.TextContentAsync("#comparison-count"));
        Assert.Equal("polite", await page.GetAttributeAsync("#comparison-count", "aria-live"));
    }

    [SkippableFact]
    public async Task The_category_filter_shows_one_category_and_hides_empty_sections()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("comparison/"));

        await page.SelectOptionAsync("#comparison-category", "security");

        var categories = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.comparison-category tr[data-dimension]')].filter(r => r.offsetParent !== null).map(r => r.dataset.category)");
        Assert.NotEmpty(categories);
        Assert.All(categories, c => Assert.Equal("security", c));
        Assert.False(await page.IsVisibleAsync("section[data-category=data]"));
    }

    [SkippableFact]
    public async Task A_query_that_matches_nothing_shows_the_empty_state_and_a_shared_url_restores_it()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("comparison/?q=zzzz-no-such-topic"));

        Assert.Equal("zzzz-no-such-topic", await page.InputValueAsync("#comparison-text"));
        Assert.Equal(0, await VisibleRows(page));
        Assert.True(await page.IsVisibleAsync("#comparison-empty"));
    }

    [SkippableFact]
    public async Task Without_script_every_row_is_shown()
    {
        RequiredTool.RequireChromium();
        var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("comparison/"));

        Assert.True(await VisibleRows(page) >= 30);
        Assert.False(await page.IsVisibleAsync(".comparison-filters"));
    }

    [SkippableFact]
    public async Task On_a_phone_rows_become_cards_and_nothing_scrolls_sideways()
    {
        var page = await site.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync(site.Url("comparison/"));

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"scrolls sideways by {overflow}px");
        Assert.Equal("block", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('tr#orm')).display"));
    }

    [SkippableFact]
    public async Task A_chapter_table_links_a_row_to_its_anchor_on_the_comparison_page()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("flask-and-django-at-a-glance/"));

        await page.Locator("table.comparison-table a.comparison-topic").First.ClickAsync();
        // A click returns before the navigation it starts has committed.
        await page.WaitForURLAsync(url => url.Contains("/comparison/#", StringComparison.Ordinal));

        Assert.Contains("/comparison/#", page.Url, StringComparison.Ordinal);
        var id = new Uri(page.Url).Fragment[1..];
        Assert.True(await page.IsVisibleAsync($"tr#{id}"));
    }
}

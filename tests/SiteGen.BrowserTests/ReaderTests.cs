using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;

namespace SiteGen.BrowserTests;

/// <summary>What a reader does in a real browser: read in order, switch themes, use a phone, open from disk.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class ReaderTests(GuideSiteFixture site)
{
    [SkippableFact]
    public async Task A_reader_follows_next_links_through_the_chapters_in_order()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(""));
        // Chapters are read in order; the generated reference pages (comparison, questions) stand apart.
        var expected = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#site-nav .nav-part')].filter(p => p.querySelector('.nav-part-title').textContent !== 'Reference').flatMap(p => [...p.querySelectorAll('a')].map(a => a.textContent))");

        await FollowAsync(page, page.Locator("a.button[rel=next]"));
        var seen = new List<string>();
        while (true)
        {
            seen.Add((await page.Locator("h1").TextContentAsync())!);
            var next = page.Locator(".pager a[rel=next]");
            if (await next.CountAsync() == 0) break;
            await FollowAsync(page, next);
        }

        Assert.Equal(expected, seen);
    }

    [SkippableFact]
    public async Task The_theme_control_cycles_system_dark_light_and_persists_across_pages()
    {
        var page = await site.NewPageAsync(ColorScheme.Light);
        await page.GotoAsync(site.Url(site.PageOfEachKind[1]));
        var lightBackground = await BackgroundOf(page);
        Assert.Equal("Theme: System", await ThemeLabelOf(page));

        // From "system" the first choice is the scheme the system is not using, so the first click always shows a change.
        await page.ClickAsync(".theme-toggle");
        Assert.Equal("Theme: Dark", await ThemeLabelOf(page));
        Assert.NotEqual(lightBackground, await BackgroundOf(page));

        await page.GotoAsync(site.Url(""));
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal("Theme: Dark", await ThemeLabelOf(page));
        Assert.NotEqual(lightBackground, await BackgroundOf(page));

        await page.ClickAsync(".theme-toggle");
        Assert.Equal("Theme: Light", await ThemeLabelOf(page));
        Assert.Equal("light", await page.GetAttributeAsync("html", "data-theme"));

        await page.ClickAsync(".theme-toggle");
        Assert.Equal("Theme: System", await ThemeLabelOf(page));
        Assert.Null(await page.GetAttributeAsync("html", "data-theme"));
        await page.ReloadAsync();
        Assert.Null(await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal("Theme: System", await ThemeLabelOf(page));
    }

    [SkippableFact]
    public async Task The_dark_scheme_follows_the_system_preference_without_a_choice()
    {
        var light = await site.NewPageAsync(ColorScheme.Light);
        var dark = await site.NewPageAsync(ColorScheme.Dark);
        await light.GotoAsync(site.Url(""));
        await dark.GotoAsync(site.Url(""));

        Assert.NotEqual(await BackgroundOf(light), await BackgroundOf(dark));
    }

    [SkippableFact]
    public async Task On_a_phone_the_menu_opens_and_nothing_scrolls_sideways()
    {
        var page = await site.NewPageAsync(width: 360, height: 740);
        foreach (var path in site.PageOfEachKind)
        {
            await page.GotoAsync(site.Url(path));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px");
        }

        await page.GotoAsync(site.Url(site.PageOfEachKind[1]));
        Assert.False(await page.IsVisibleAsync("#site-nav"));
        await page.ClickAsync(".nav-toggle");
        Assert.True(await page.IsVisibleAsync("#site-nav"));
        Assert.Equal("true", await page.GetAttributeAsync(".nav-toggle", "aria-expanded"));
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.IsVisibleAsync("#site-nav"));
    }

    [SkippableFact]
    public async Task The_site_opened_from_disk_navigates_between_pages()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteRoot, "index.html")).AbsoluteUri);

        // Both pages' addresses end in index.html: wait for the next page's own address and its document, since a
        // click returns before the navigation it starts has committed (a busy machine showed the old document).
        var home = page.Url;
        await FollowAsync(page, page.Locator("a.button[rel=next]"));
        Assert.NotEqual(home, page.Url);
        Assert.EndsWith("/index.html", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        var stylesLoaded = await page.EvaluateAsync<bool>("() => getComputedStyle(document.querySelector('.site-header')).position === 'sticky'");
        Assert.True(stylesLoaded);

        await FollowAsync(page, page.Locator(".site-title"));
        Assert.EndsWith("/_site/index.html", page.Url, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_skip_link_moves_focus_to_the_main_content()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(site.PageOfEachKind[1]));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [SkippableFact]
    public async Task An_unknown_address_is_answered_with_the_404_page()
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(site.Url("no/such/page/"));

        Assert.Equal(404, response!.Status);
        Assert.Equal("Page not found", await page.Locator("h1").TextContentAsync());
        Assert.Equal("sticky", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).position"));
    }

    /// <summary>What the control says, as a reader (and a screen reader) gets it: its rendered text.</summary>
    private static async Task<string> ThemeLabelOf(IPage page) => (await page.Locator(".theme-toggle").InnerTextAsync()).Trim();

    private static Task<string> BackgroundOf(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    /// <summary>Clicks a link and waits until its page is the one shown: a click returns before the navigation it starts has committed.</summary>
    private static async Task FollowAsync(IPage page, ILocator link)
    {
        var target = await link.EvaluateAsync<string>("link => link.href");
        await link.ClickAsync();
        await page.WaitForURLAsync(target);
    }
}

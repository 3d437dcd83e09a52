using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using static SiteGen.BrowserTests.Study.StudyClock;

namespace SiteGen.BrowserTests.Study;

/// <summary>Progress on the home page (whole guide, per part) and on chapters, and "continue where you left off".</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class StudyProgressPagesTests(GuideSiteFixture site)
{
    /// <summary>mastered, learning, due, new, total of one progress line.</summary>
    private static Task<int[]> Counts(IPage page, string scope) => page.EvaluateAsync<int[]>(
        "scope => ['mastered', 'learning', 'due', 'new', 'total'].map(n => Number(document.querySelector('[data-study-scope=\"' + scope + '\"] [data-count=' + n + ']').textContent))", scope);

    [SkippableFact]
    public async Task Marks_show_on_the_home_page_overall_and_per_part_and_on_the_chapter()
    {
        var context = (await site.NewPageAsync()).Context;
        var practice = await PageAtAsync(context, Start);
        await practice.GotoAsync(site.Url("flask-fundamentals/"));
        Assert.Equal(new[] { 0, 0, 0, 8, 8 }, await Counts(practice, "chapter"));
        await practice.ClickAsync(".study-practice-link");
        await practice.Locator("#practice .practice-question").WaitForAsync();
        await practice.Keyboard.PressAsync("2");
        await practice.Keyboard.PressAsync("1");

        var later = await PageAtAsync(context, Start + 60 * Minute);
        await later.GotoAsync(site.Url(""));
        var all = await Counts(later, "all");
        Assert.Equal(new[] { 0, 1, 1, all[4] - 2 }, all[..4]);
        var flask = await Counts(later, "part:1");
        Assert.Equal(new[] { 0, 1, 1, flask[4] - 2 }, flask[..4]);
        Assert.Equal(new[] { 0, 0, 0, 12, 12 }, await Counts(later, "part:0"));

        await later.GotoAsync(site.Url("flask-fundamentals/"));
        Assert.Equal(new[] { 0, 1, 1, 6, 8 }, await Counts(later, "chapter"));
    }

    [SkippableFact]
    public async Task The_home_page_continues_reading_at_the_last_chapter_and_section_read()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("django-orm/"));
        var heading = page.Locator(".chapter-body h2[id]").Nth(2);
        var id = await heading.GetAttributeAsync("id");
        var title = (await heading.TextContentAsync())!.TrimEnd('#').Trim();
        await heading.EvaluateAsync("h => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 40)");
        await page.WaitForFunctionAsync("id => (JSON.parse(localStorage.getItem('sitegen-study')).reading || {}).section === id", id);

        await page.GotoAsync(site.Url(""));
        var link = page.Locator("[data-continue=reading] a");
        Assert.Equal($"Continue reading: The Django ORM › {title}", await link.TextContentAsync());
        Assert.Equal($"django-orm/#{id}", await link.GetAttributeAsync("href"));
        await link.ClickAsync();
        await page.WaitForURLAsync(site.Url($"django-orm/#{id}"));
    }

    [SkippableFact]
    public async Task Continue_links_work_from_disk()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteRoot, "flask-templates", "index.html")).AbsoluteUri);
        await page.WaitForFunctionAsync("() => (JSON.parse(localStorage.getItem('sitegen-study')).reading || {}).path === 'flask-templates/'");
        await page.GotoAsync(new Uri(Path.Combine(site.SiteRoot, "index.html")).AbsoluteUri);

        Assert.Equal("flask-templates/index.html", await page.GetAttributeAsync("[data-continue=reading] a", "href"));
        Assert.Equal(new[] { 0, 0, 0 }, (await Counts(page, "all"))[..3]);
    }
}

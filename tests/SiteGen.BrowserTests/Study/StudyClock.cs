using Microsoft.Playwright;

namespace SiteGen.BrowserTests.Study;

/// <summary>
/// Pages whose clock is set, instead of waiting: the study scripts read the time through Date.now only
/// (study-store.js), and an init script replaces it before they run. Pages made from one context share
/// local storage, so a second page is the reader coming back later.
/// </summary>
public static class StudyClock
{
    /// <summary>A fixed moment, so that dates in exported files and "next due" texts are the same on every run.</summary>
    public const long Start = 1_780_000_000_000;

    public const long Minute = 60_000;

    public const long Day = 24 * 60 * Minute;

    public static async Task<IPage> PageAtAsync(IBrowserContext context, long now)
    {
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync($"Date.now = () => {now};");
        return page;
    }
}

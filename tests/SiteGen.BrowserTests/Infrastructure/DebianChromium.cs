using Microsoft.Playwright;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>Starts Debian's Chromium through Playwright with the flags this project runs it with (never a downloaded browser).</summary>
public static class DebianChromium
{
    /// <summary>The browser, or null when Chromium is not installed (tests then skip, or fail under CI, via <see cref="RequiredTool"/>).</summary>
    public static async Task<(IPlaywright? Playwright, IBrowser? Browser)> LaunchAsync()
    {
        if (!File.Exists(RequiredTool.ChromiumPath)) return (null, null);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RequiredTool.ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>Closes the browser and Playwright, and removes a test's temp folder if it can.</summary>
    public static async Task DisposeAsync(IPlaywright? playwright, IBrowser? browser, StaticSiteServer? server, string folder)
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

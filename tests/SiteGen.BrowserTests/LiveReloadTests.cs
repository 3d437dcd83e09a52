using SiteGen.BrowserTests.Infrastructure;
using SiteGen.Cli.Serve;

namespace SiteGen.BrowserTests;

/// <summary>`sitegen serve` as a contributor sees it in the browser: a save reloads the page; an error shows an overlay.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class LiveReloadTests(GuideSiteFixture site) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-live-reload", Guid.NewGuid().ToString("N")[..12]);
    private SiteRebuilder _rebuilder = null!;
    private DevServer _server = null!;

    private string Chapter => Path.Combine(_folder, "guide", "chapters", "a.md");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "guide", "chapters"));
        File.WriteAllText(Path.Combine(_folder, "guide", "guide.yml"), "title: Live\nparts:\n  - title: P\n    chapters: [a.md]\n");
        File.WriteAllText(Chapter, "---\ntitle: Alpha\n---\n\nFirst version.\n");
        _rebuilder = new SiteRebuilder(Path.Combine(_folder, "guide"), Path.Combine(RepositoryPaths.Root, "theme"), Path.Combine(_folder, "_site"));
        Assert.True(_rebuilder.Rebuild().Success);
        _server = await DevServer.StartAsync(_rebuilder.Output, "127.0.0.1", 0);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<Microsoft.Playwright.IPage> OpenChapter()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(_server.Url + "a/");
        // The page's script opens the event stream; wait until the server sees it listening.
        for (var waited = 0; _server.Hub.Listeners == 0 && waited < 10_000; waited += 50) await Task.Delay(50);
        Assert.True(_server.Hub.Listeners > 0, "the page did not connect to the live-reload stream");
        return page;
    }

    [SkippableFact]
    public async Task A_save_reloads_the_open_page()
    {
        var page = await OpenChapter();
        Assert.Contains("First version.", await page.TextContentAsync(".chapter-body"), StringComparison.Ordinal);

        File.WriteAllText(Chapter, "---\ntitle: Alpha\n---\n\nSecond version.\n");
        Assert.True(_rebuilder.Rebuild().Success);
        _server.NotifyReload();

        await page.WaitForFunctionAsync("() => document.querySelector('.chapter-body')?.textContent.includes('Second version.')");
    }

    [SkippableFact]
    public async Task A_save_with_an_error_shows_the_diagnostics_over_the_last_good_page()
    {
        var page = await OpenChapter();

        File.WriteAllText(Chapter, "---\ntitle: Alpha\n---\n\nSee [gone](gone.md).\n");
        var result = _rebuilder.Rebuild();
        _server.NotifyErrors(result.Diagnostics.Select(d => d.ToString()));

        await page.WaitForSelectorAsync("#sitegen-errors");
        var overlay = await page.TextContentAsync("#sitegen-errors");
        Assert.Contains("chapters/a.md(5,5): error SG1201", overlay, StringComparison.Ordinal);
        Assert.Contains("First version.", await page.TextContentAsync(".chapter-body"), StringComparison.Ordinal);
    }
}

using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using static SiteGen.BrowserTests.Study.StudyClock;

namespace SiteGen.BrowserTests.Study;

/// <summary>Exporting progress to a JSON file and importing it back, and refusing files that are not progress.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class ProgressTransferTests(GuideSiteFixture site)
{
    private static Task<int[]> OverallCounts(IPage page) => page.EvaluateAsync<int[]>(
        "() => ['mastered', 'learning', 'due', 'new'].map(n => Number(document.querySelector('#progress [data-study-scope=all] [data-count=' + n + ']').textContent))");

    private static Task<string?> StoredProgress(IPage page) => page.EvaluateAsync<string?>("() => localStorage.getItem('sitegen-study')");

    [SkippableFact]
    public async Task Exported_progress_imported_after_a_reset_restores_every_card()
    {
        var page = await PageAtAsync((await site.NewPageAsync()).Context, Start);
        await page.GotoAsync(site.Url("questions/#deck?chapter=chapter:django-orm"));
        foreach (var key in new[] { "1", "2", "1" }) await page.Keyboard.PressAsync(key);
        await page.Keyboard.PressAsync("Escape");
        var marked = await OverallCounts(page);
        Assert.Equal(3, marked[1]);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#progress-export"));
        Assert.Equal("study-progress-2026-05-28.json", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"sitegen-study-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);
        try
        {
            Assert.Contains("\"schema\": 1", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
            await page.ClickAsync("#progress-reset");
            Assert.Equal(0, (await OverallCounts(page))[1]);

            await page.SetInputFilesAsync("#progress-import", file);

            await Assertions.Expect(page.Locator("#progress-message")).ToHaveTextAsync($"Imported 3 cards from {Path.GetFileName(file)}.");
            Assert.Equal(marked, await OverallCounts(page));
            Assert.Equal(3, await page.Locator(".question-list .question[data-status]").CountAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public async Task A_file_that_is_not_progress_is_refused_with_the_reason_and_nothing_is_overwritten()
    {
        var page = await PageAtAsync((await site.NewPageAsync()).Context, Start);
        await page.GotoAsync(site.Url("questions/#deck?chapter=chapter:django-orm"));
        await page.Keyboard.PressAsync("1");
        await page.Keyboard.PressAsync("Escape");
        var before = await StoredProgress(page);

        await page.SetInputFilesAsync("#progress-import", new FilePayload
        {
            Name = "notes.json",
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes("{\"schema\": 7, \"cards\": {}}"),
        });

        await Assertions.Expect(page.Locator("#progress-message")).ToHaveTextAsync("Nothing was imported: This progress file has schema 7; this guide reads schema 1.");
        Assert.Equal(before, await StoredProgress(page));
        Assert.Equal(1, (await OverallCounts(page))[1]);
    }
}

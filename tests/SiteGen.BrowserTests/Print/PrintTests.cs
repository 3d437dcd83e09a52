using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;

namespace SiteGen.BrowserTests.Print;

/// <summary>The print page, the cheat sheet, and how the question bank and the comparison print, in Chromium.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class PrintTests(GuideSiteFixture site)
{
    /// <summary>
    /// The question bank printed on 140 A4 pages (this PdfAsync, the same guide) before its print CSS was made compact;
    /// 62 after.
    /// </summary>
    private const int QuestionBankPagesBefore = 140;

    [SkippableFact]
    public async Task The_print_page_holds_every_chapter_of_the_contents_in_reading_order()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(""));
        var contents = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.home-part')].filter(p => p.querySelector('h2').textContent !== 'Reference')"
            + ".flatMap(p => [...p.querySelectorAll('.chapter-list a')]).map(a => a.getAttribute('href').replace(/\\/$/, ''))");

        await page.GotoAsync(site.Url("print/"));
        var chapters = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('article.print-chapter')].map(a => a.id)");
        var emptyBodies = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('article.print-chapter .chapter-body')].filter(b => b.textContent.trim().length === 0).length");

        Assert.True(contents.Length >= 20, $"{contents.Length} chapters on the home page");
        Assert.Equal(contents, chapters);
        Assert.Equal(0, emptyBodies);
    }

    [SkippableFact]
    public async Task The_cheat_sheet_prints_on_at_most_two_A4_pages()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("cheat-sheet/"));
        Assert.True(await page.Locator("#at-a-glance ~ dl dt").CountAsync() >= 30);
        Assert.True(await page.Locator(".cheat-glossary dt").CountAsync() >= 50);

        var pages = await PdfPages.PrintAndCountAsync(page);

        Assert.InRange(pages, 1, 2);
    }

    [SkippableFact]
    public async Task The_question_bank_prints_every_answer_on_far_fewer_pages_than_before()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("questions/"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".question-tools").IsVisibleAsync());
        Assert.True(await page.Locator(".question-answer-body").First.IsVisibleAsync());

        var pages = await PdfPages.PrintAndCountAsync(page);

        Assert.InRange(pages, 1, QuestionBankPagesBefore / 2);
    }

    [SkippableFact]
    public async Task The_comparison_prints_without_its_form_and_with_every_note_open()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("comparison/"));
        await page.Locator(".comparison-filters").WaitForAsync();
        var note = page.Locator(".comparison-note > div").First;
        Assert.False(await note.IsVisibleAsync());

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".comparison-filters").IsVisibleAsync());
        Assert.True(await note.IsVisibleAsync());
        Assert.False(await page.Locator(".comparison-note > summary").First.IsVisibleAsync());
    }
}

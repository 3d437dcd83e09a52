using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;

namespace SiteGen.BrowserTests;

/// <summary>The question bank and practice mode, in a real browser, on the real guide.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class QuestionBankTests(GuideSiteFixture site)
{
    private static Task<int> VisibleQuestions(IPage page) =>
        page.EvaluateAsync<int>("() => [...document.querySelectorAll('.question-list > li')].filter(li => li.offsetParent !== null).length");

    [SkippableFact]
    public async Task A_chapter_question_reveals_its_answer_on_click()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("flask-fundamentals/"));
        var question = page.Locator(".question").First;
        var answer = question.Locator(".question-answer-body");

        Assert.False(await answer.IsVisibleAsync());
        await question.Locator("summary").ClickAsync();
        Assert.True(await answer.IsVisibleAsync());
    }

    [SkippableFact]
    public async Task Filters_narrow_the_list_and_update_the_count()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("questions/"));
        var total = await VisibleQuestions(page);
        Assert.True(total >= 150, $"{total} questions");

        await page.CheckAsync("input[name=difficulty][value=senior]");
        var senior = await VisibleQuestions(page);
        await page.CheckAsync("input[name=framework][value=flask]");
        var seniorFlask = await VisibleQuestions(page);

        Assert.InRange(senior, 1, total - 1);
        Assert.InRange(seniorFlask, 1, senior - 1);
        Assert.Equal($"{seniorFlask} of {total} questions", await page.TextContentAsync("#question-count"));
        var shown = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.question-list .question')].filter(q => q.offsetParent !== null).map(q => q.dataset.difficulty + '/' + q.dataset.framework)");
        Assert.All(shown, s => Assert.Equal("senior/flask", s));
    }

    [SkippableFact]
    public async Task Practice_reveals_marks_with_the_keyboard_and_keeps_progress_after_a_reload()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("questions/"));
        await page.CheckAsync("input[name=difficulty][value=junior]");
        await page.ClickAsync("#practice-start");

        Assert.True(await page.IsVisibleAsync("#practice"));
        Assert.False(await page.IsVisibleAsync(".practice-answer"));
        Assert.StartsWith("Question 1 of ", await page.TextContentAsync("#practice-position"), StringComparison.Ordinal);
        var first = await page.InnerHTMLAsync(".practice-question");

        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.IsVisibleAsync(".practice-answer"));
        await page.Keyboard.PressAsync("1");
        Assert.StartsWith("Question 2 of ", await page.TextContentAsync("#practice-position"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("2");
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.EndsWith("(marked: review again)", await page.TextContentAsync("#practice-position"), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("ArrowLeft");
        Assert.Equal(first, await page.InnerHTMLAsync(".practice-question"));

        await page.ReloadAsync();

        Assert.Equal(1, await page.Locator(".question-list .question[data-status=known]").CountAsync());
        Assert.Equal(1, await page.Locator(".question-list .question[data-status=review]").CountAsync());
        Assert.Equal("2", await page.TextContentAsync("#progress [data-study-scope=all] [data-count=learning]"));

        await page.ClickAsync("#progress-reset");
        Assert.Equal(0, await page.Locator(".question-list .question[data-status]").CountAsync());
        Assert.Equal("0", await page.TextContentAsync("#progress [data-study-scope=all] [data-count=learning]"));
    }

    [SkippableFact]
    public async Task Practice_works_from_disk()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteRoot, "questions", "index.html")).AbsoluteUri);

        await page.ClickAsync("#practice-start");
        await page.ClickAsync("#practice-reveal");
        await page.ClickAsync("[data-mark=known]");
        await page.ReloadAsync();

        Assert.Equal(1, await page.Locator(".question-list .question[data-status=known]").CountAsync());
    }

    [SkippableFact]
    public async Task Printing_shows_every_answer()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("questions/"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");

        var hidden = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('.question-answer-body')].filter(a => a.offsetParent === null).length");
        Assert.Equal(0, hidden);
        Assert.False(await page.IsVisibleAsync(".question-tools"));
    }
}

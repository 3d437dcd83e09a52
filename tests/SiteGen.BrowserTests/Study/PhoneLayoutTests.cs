using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using static SiteGen.BrowserTests.Study.StudyClock;

namespace SiteGen.BrowserTests.Study;

/// <summary>Practice on a phone (390×844), and the study pages without layout shift when progress is filled in.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class PhoneLayoutTests(GuideSiteFixture site)
{
    private const int Width = 390;
    private const int Height = 844;

    private static async Task AssertInViewport(IPage page, string selector)
    {
        var box = await page.Locator(selector).BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y >= 0 && box.Y + box.Height <= Height, $"{selector} is at y={box.Y}..{box.Y + box.Height}, outside the {Height}px viewport");
    }

    [SkippableFact]
    public async Task The_card_opens_in_view_and_the_marking_buttons_stay_in_view_under_a_long_answer()
    {
        var page = await site.NewPageAsync(width: Width, height: Height);
        await page.GotoAsync(site.Url("questions/"));
        // The question with the longest answer, practised from its chapter's deck.
        var longest = await page.EvaluateAsync<string[]>(@"() => {
            const q = [...document.querySelectorAll('.question-list .question')]
              .sort((a, b) => b.querySelector('.question-answer-body').textContent.length - a.querySelector('.question-answer-body').textContent.length)[0];
            return [q.dataset.question, q.closest('.question-group').dataset.chapter];
        }");
        var (id, chapter) = (longest[0], longest[1]);
        await page.SelectOptionAsync("#deck-chapter", "chapter:" + chapter);
        await page.ClickAsync("#practice-start");
        await AssertInViewport(page, ".practice-question");
        while (await page.GetAttributeAsync("#practice", "data-question") != id) await page.ClickAsync("#practice-next");

        await page.ClickAsync("#practice-reveal");
        var answer = await page.Locator(".practice-answer").BoundingBoxAsync();
        Assert.True(answer!.Height > Height, $"the longest answer is {answer.Height}px high: too short to test");
        await AssertInViewport(page, "[data-mark=known]");
        await AssertInViewport(page, "[data-mark=review]");
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        await page.Mouse.WheelAsync(0, answer.Height / 2);
        await page.WaitForFunctionAsync("() => window.scrollY > 0");
        await AssertInViewport(page, "[data-mark=review]");

        // The next card, or the summary when that was the deck's last card, starts in view.
        await page.ClickAsync("[data-mark=review]");
        await AssertInViewport(page, "#practice:not([hidden]) .practice-question, #practice-summary:not([hidden]) h2");
    }

    public static TheoryData<string> StudyPages() => ["", "flask-fundamentals/", "questions/"];

    private const string StudyBoxes = ".study-overview, .study-continue, .study-progress, .study-chapter, .question-tools, .question-bank-list";

    /// <summary>The boxes of the study elements, and the layout shift inside the content area (the header is another feature's).</summary>
    private static async Task<(string Boxes, double Shift)> Measure(IPage page)
    {
        var boxes = await page.EvaluateAsync<string>("selector => JSON.stringify([...document.querySelectorAll(selector)].map(e => e.getBoundingClientRect()).map(r => [r.x, r.y + window.scrollY, r.width, r.height]))", StudyBoxes);
        // Buffered entries are in the observer's buffer as soon as it observes: takeRecords returns them without waiting.
        var shift = await page.EvaluateAsync<double>(@"() => {
            const observer = new PerformanceObserver(() => {});
            observer.observe({ type: 'layout-shift', buffered: true });
            const entries = observer.takeRecords();
            observer.disconnect();
            const main = document.querySelector('main');
            return entries.filter(e => !e.hadRecentInput && e.sources.some(s => s.node && main.contains(s.node))).reduce((sum, e) => sum + e.value, 0);
        }");
        return (boxes, shift);
    }

    [SkippableTheory]
    [MemberData(nameof(StudyPages))]
    public async Task Filling_in_the_readers_progress_neither_resizes_nor_shifts_anything(string sitePath)
    {
        var fresh = await site.NewPageAsync(width: Width, height: Height);
        await fresh.GotoAsync(site.Url(sitePath));
        var (withoutProgress, _) = await Measure(fresh);

        var context = (await site.NewPageAsync(width: Width, height: Height)).Context;
        var practice = await PageAtAsync(context, Start);
        await practice.GotoAsync(site.Url("questions/#deck?chapter=chapter:flask-fundamentals"));
        foreach (var key in new[] { "1", "2", "1", "1", "2" }) await practice.Keyboard.PressAsync(key);
        await practice.CloseAsync();
        var page = await PageAtAsync(context, Start + 60 * Minute);
        await page.GotoAsync(site.Url(sitePath));
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[data-count=due]')].some(c => c.textContent !== '0')");
        var (withProgress, shift) = await Measure(page);

        Assert.NotEqual("[]", withProgress);
        Assert.Equal(withoutProgress, withProgress);
        Assert.True(shift <= 0.02, $"layout shift {shift} in the content of /{sitePath}");
    }
}

using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using static SiteGen.BrowserTests.Study.StudyClock;

namespace SiteGen.BrowserTests.Study;

/// <summary>Practice sessions scheduled by Leitner boxes, over several page loads with the clock set.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class PracticeScheduleTests(GuideSiteFixture site)
{
    private static Task<string?> CurrentCard(IPage page) => page.GetAttributeAsync("#practice", "data-question");

    private static Task<string[]> VisibleIds(IPage page) => page.EvaluateAsync<string[]>(
        "() => [...document.querySelectorAll('.question-list .question')].filter(q => q.offsetParent !== null).map(q => q.dataset.question)");

    [SkippableFact]
    public async Task A_card_marked_review_again_comes_back_due_an_hour_later_and_a_known_card_does_not()
    {
        var context = (await site.NewPageAsync()).Context;
        var first = await PageAtAsync(context, Start);
        await first.GotoAsync(site.Url("questions/#deck?chapter=chapter:flask-fundamentals"));
        Assert.StartsWith("Question 1 of 8", await first.TextContentAsync("#practice-position"), StringComparison.Ordinal);
        var missed = await CurrentCard(first);
        await first.Keyboard.PressAsync("Space");
        await first.Keyboard.PressAsync("2");
        var known = await CurrentCard(first);
        await first.Keyboard.PressAsync("Space");
        await first.Keyboard.PressAsync("1");
        Assert.StartsWith("Question 3 of 8", await first.TextContentAsync("#practice-position"), StringComparison.Ordinal);

        var sameMinute = await PageAtAsync(context, Start + Minute);
        await sameMinute.GotoAsync(site.Url("questions/"));
        await sameMinute.CheckAsync("input[name=status][value=due]");
        Assert.Empty(await VisibleIds(sameMinute));
        await sameMinute.CheckAsync("input[name=status][value=review]");
        Assert.Equal([missed!], await VisibleIds(sameMinute));

        var hourLater = await PageAtAsync(context, Start + 60 * Minute);
        await hourLater.GotoAsync(site.Url("questions/"));
        await hourLater.CheckAsync("input[name=status][value=due]");
        Assert.Equal([missed!], await VisibleIds(hourLater));
        await hourLater.CheckAsync("input[name=status][value=unseen]");
        Assert.DoesNotContain(known!, await VisibleIds(hourLater));

        // A deck puts due cards first: the whole chapter starts with the missed card, the known one comes last.
        await hourLater.GotoAsync(site.Url("questions/#deck?chapter=chapter:flask-fundamentals"));
        Assert.Equal(missed, await CurrentCard(hourLater));
        Assert.EndsWith("(due)", await hourLater.TextContentAsync("#practice-position"), StringComparison.Ordinal);

        var dayLater = await PageAtAsync(context, Start + Day + Minute);
        await dayLater.GotoAsync(site.Url("questions/"));
        await dayLater.CheckAsync("input[name=status][value=due]");
        Assert.Equal(new[] { missed!, known! }.Order(), (await VisibleIds(dayLater)).Order());
    }

    [SkippableFact]
    public async Task The_end_of_a_session_sums_up_what_was_seen_known_and_to_review_and_when_the_next_card_is_due()
    {
        var page = await PageAtAsync((await site.NewPageAsync()).Context, Start);
        await page.GotoAsync(site.Url("questions/"));
        await page.SelectOptionAsync("#deck-chapter", "chapter:how-to-use-this-guide");
        await page.ClickAsync("#practice-start");
        Assert.Equal("How to use this guide", await page.TextContentAsync("#practice-deck"));
        foreach (var key in new[] { "1", "2", "1", "1" }) await page.Keyboard.PressAsync(key);

        Assert.True(await page.IsVisibleAsync("#practice-summary"));
        Assert.False(await page.IsVisibleAsync("#practice"));
        Assert.Equal(["4", "3", "1", "in 10 minutes"], await page.EvaluateAsync<string[]>(
            "() => ['seen', 'knew', 'review', 'next'].map(name => document.getElementById('summary-' + name).textContent)"));
        Assert.Equal("practice-summary-title", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var axe = await page.RunAxe();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));

        await page.ClickAsync("#practice-again");
        Assert.Equal("Question 1 of 1", await page.TextContentAsync("#practice-position"));
        Assert.Equal("How to use this guide · to review", await page.TextContentAsync("#practice-deck"));
    }

    [SkippableFact]
    public async Task A_session_left_for_the_list_is_offered_on_the_home_page_and_resumes_where_it_was()
    {
        var context = (await site.NewPageAsync()).Context;
        var page = await PageAtAsync(context, Start);
        await page.GotoAsync(site.Url("questions/#deck?chapter=chapter:flask-templates"));
        await page.Keyboard.PressAsync("1");
        await page.Keyboard.PressAsync("1");
        var third = await CurrentCard(page);
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.IsVisibleAsync(".question-bank-list"));

        await page.GotoAsync(site.Url(""));
        var link = page.Locator("[data-continue=practice] a");
        Assert.Equal("Continue practice: Flask templates with Jinja2, question 3 of 8", await link.TextContentAsync());
        await link.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("questions/#deck\\?resume$"));

        Assert.Equal(third, await CurrentCard(page));
        Assert.Equal("Question 3 of 8 (new)", await page.TextContentAsync("#practice-position"));
    }
}

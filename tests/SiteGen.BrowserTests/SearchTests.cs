using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;

namespace SiteGen.BrowserTests;

/// <summary>Search as a reader uses it, in Chromium, on the real guide: typing, keyboard, file://, safety, relevance.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class SearchTests(GuideSiteFixture site)
{
    /// <summary>Types into the header search box (opening the chapter page first when the page is blank).</summary>
    private async Task<IPage> Typed(IPage page, string query)
    {
        if (page.Url == "about:blank") await page.GotoAsync(site.Url(site.PageOfEachKind[1]));
        await page.FocusAsync("#search-input");
        await page.FillAsync("#search-input", query);
        await page.WaitForSelectorAsync("#search-results [role=option]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        return page;
    }

    private static Task<string?> FirstResultHref(IPage page) =>
        page.EvaluateAsync<string?>("() => document.querySelector('#search-results [role=option] a, #search-results a[role=option]')?.getAttribute('href')");

    [SkippableFact]
    public async Task Nothing_loads_until_the_search_box_is_focused()
    {
        var page = await site.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.GotoAsync(site.Url(site.PageOfEachKind[1]));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain(requested, u => u.Contains("/search/", StringComparison.Ordinal));
        Assert.DoesNotContain(requested, u => u.Contains("/js/search-core.js", StringComparison.Ordinal));

        await page.FocusAsync("#search-input");
        await page.WaitForFunctionAsync("() => window.SiteGenSearch !== undefined");
        await page.WaitForTimeoutAsync(300);

        // One file brings the search code and the manifest: nothing else until a word is typed.
        Assert.Equal(["search/engine.js"], requested.Where(u => u.Contains("/search/", StringComparison.Ordinal)).Select(u => u[(u.IndexOf("/search/", StringComparison.Ordinal) + 1)..]));
    }

    [SkippableFact]
    public async Task Typing_an_identifier_shows_its_section_first_and_Enter_lands_on_it()
    {
        var page = await Typed(await site.NewPageAsync(), "select_related");

        var href = await FirstResultHref(page);
        Assert.Contains("#", href!, StringComparison.Ordinal);
        Assert.True(await page.Locator("#search-results mark").CountAsync() > 0);
        Assert.Equal("true", await page.GetAttributeAsync("#search-input", "aria-expanded"));
        Assert.Matches(@"\d+ result", await page.TextContentAsync("#search-status") ?? "");

        var landed = page.WaitForURLAsync(url => url.Contains('#', StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await landed;
        var anchor = new Uri(page.Url).Fragment[1..];
        Assert.True(await page.Locator($"[id='{anchor}']").CountAsync() == 1);
        Assert.True(await page.Locator("mark.search-hit").CountAsync() > 0, "the matched words are highlighted on the target section");
    }

    [SkippableFact]
    public async Task Arrow_keys_move_the_active_option_and_Escape_closes()
    {
        var page = await Typed(await site.NewPageAsync(), "csrf");

        await page.Keyboard.PressAsync("ArrowDown");
        var first = await page.GetAttributeAsync("#search-input", "aria-activedescendant");
        await page.Keyboard.PressAsync("ArrowDown");
        var second = await page.GetAttributeAsync("#search-input", "aria-activedescendant");
        Assert.False(string.IsNullOrEmpty(first));
        Assert.NotEqual(first, second);
        Assert.Equal("true", await page.GetAttributeAsync($"[id='{second}']", "aria-selected"));

        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.IsVisibleAsync("#search-results"));
        Assert.Equal("false", await page.GetAttributeAsync("#search-input", "aria-expanded"));
    }

    [SkippableFact]
    public async Task The_dropdown_shows_three_pages_with_sections_and_more_pages_by_title()
    {
        var page = await Typed(await site.NewPageAsync(), "blueprint");
        await page.WaitForSelectorAsync("#search-results .search-option-all", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        var groups = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('#search-results [role=group]')].map(g => [g.querySelector('.search-group-title').textContent, String([...g.querySelectorAll('.search-option-snippet')].filter(s => s.textContent.trim()).length), ...[...g.querySelectorAll('[role=option]')].map(o => o.getAttribute('href'))])");
        Assert.Equal(4, groups.Length);
        Assert.All(groups[..3], g => Assert.True(int.Parse(g[1], System.Globalization.CultureInfo.InvariantCulture) >= 1, $"{g[0]} shows an excerpt"));
        Assert.Equal(["More pages", "0"], groups[3][..2]);
        // By title: a link to the top of each page, which the page table gives without a chunk file.
        Assert.All(groups[3][2..], href => Assert.DoesNotContain("#", href, StringComparison.Ordinal));
        Assert.Equal(2, groups[3].Length - 2);
        Assert.Matches(@"^\d+ matching sections?$", await page.TextContentAsync("#search-results .search-more .search-option-count") ?? "");
    }

    [SkippableFact]
    public async Task Slash_and_ctrl_k_focus_the_search_box()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(site.PageOfEachKind[1]));

        await page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.EvaluateAsync("() => document.activeElement.blur()");
        await page.Keyboard.PressAsync("Control+k");
        Assert.Equal("search-input", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [SkippableTheory]
    [InlineData("migrashun", "django-migrations/")]
    [InlineData("middlewere", "middleware")]
    [InlineData("bluepri", "blueprint")]
    public async Task Typos_and_prefixes_still_find_the_topic(string query, string expected)
    {
        var page = await Typed(await site.NewPageAsync(), query);

        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-results a')].slice(0, 3).map(a => a.getAttribute('href'))");
        Assert.Contains(hrefs, h => h.Contains(expected, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Search_works_from_disk()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(site.SiteRoot, "flask-fundamentals", "index.html")).AbsoluteUri);
        await Typed(page, "url_for");

        var href = await FirstResultHref(page);
        Assert.Contains("index.html#", href!, StringComparison.Ordinal);
        // The first result may be on this very page (a same-document navigation, with no load event). The wait starts
        // before the key: a navigation that commits while the key is still being pressed is otherwise missed.
        var landed = page.WaitForURLAsync(url => url.StartsWith("file://", StringComparison.Ordinal) && url.Contains("index.html#", StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await page.Keyboard.PressAsync("Enter");
        await landed;
    }

    [SkippableFact]
    public async Task A_query_with_markup_is_shown_as_text_and_never_runs()
    {
        var page = await site.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync(site.Url(""));
        await page.FocusAsync("#search-input");
        await page.FillAsync("#search-input", "<img src=x onerror=alert(1)> (.*+?[ \"unclosed");
        await page.WaitForTimeoutAsync(800);
        await page.GotoAsync(site.Url("search/?q=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>")));
        await page.WaitForTimeoutAsync(800);

        Assert.Equal(0, dialogs);
        Assert.Equal(0, await page.Locator("#search-page-results img, #search-results img").CountAsync());
        Assert.Equal("<img src=x onerror=alert(1)>", await page.InputValueAsync("#search-page-input"));
        Assert.Equal("<img src=x onerror=alert(1)>", await page.TextContentAsync("#search-page-status bdi"));
    }

    [SkippableFact]
    public async Task A_right_to_left_override_or_a_lone_surrogate_stays_inside_its_bdi()
    {
        var page = await site.NewPageAsync();
        const string query = "\u202Eblueprint \uD800 \u2067csrf";
        await page.GotoAsync(site.Url("search/"));
        await page.FocusAsync("#search-page-input");
        await page.FillAsync("#search-page-input", query);
        await page.WaitForSelectorAsync("#search-page-status bdi", new PageWaitForSelectorOptions());

        var echoed = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-page-status bdi')].map(b => b.textContent)");
        Assert.Single(echoed);
        Assert.Contains("blueprint", echoed[0], StringComparison.Ordinal);
        Assert.True(await page.Locator("#search-page-results a").CountAsync() > 0, "the words around the controls are still searched");
    }

    [SkippableFact]
    public async Task The_search_page_shows_a_shared_query()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("search/?q=application+factory"));
        await page.WaitForSelectorAsync("#search-page-results a", new PageWaitForSelectorOptions());

        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#search-page-results a')].map(a => a.getAttribute('href'))");
        Assert.Contains(hrefs.Take(5), h => h.Contains("structuring-flask-apps", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_search_page_shows_ten_pages_with_sections_and_the_others_by_title()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("search/?q=flask"));
        await page.WaitForSelectorAsync("#search-page-results a", new PageWaitForSelectorOptions());

        var groups = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('.search-page-group')].map(g => g.querySelectorAll('.search-page-section').length)");
        Assert.True(groups.Length > 10, $"{groups.Length} pages match");
        Assert.All(groups[..10], sections => Assert.InRange(sections, 1, 3));
        Assert.All(groups[10..], sections => Assert.Equal(0, sections));
        Assert.Matches(@"^\d+ matching sections?$", await page.TextContentAsync(".search-page-group:nth-child(11) .search-page-snippet") ?? "");
    }

    [SkippableFact]
    public async Task At_least_95_percent_of_realistic_queries_find_their_section_in_the_top_3()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(""));
        await page.FocusAsync("#search-input");
        await page.WaitForFunctionAsync("() => window.SiteGenSearchCore !== undefined");
        var queries = RelevanceQueries();
        Assert.True(queries.Length >= 120);

        var misses = new List<string>();
        foreach (var (query, expect) in queries)
        {
            var top = await page.EvaluateAsync<string[]>(
                """
                async (q) => {
                  const engine = window.__relevance || (window.__relevance = SiteGenSearchCore.createSearch(SiteGenSearchCore.createScriptLoader('')));
                  const results = await engine.search(q + ' ', { limit: Infinity });
                  return results.groups.flatMap(g => g.sections).sort((a, b) => b.score - a.score).slice(0, 3).map(s => s.url);
                }
                """, query);
            var hit = top.Any(url => expect.Any(e => e.EndsWith('/') ? url.StartsWith(e, StringComparison.Ordinal) : url == e));
            if (!hit) misses.Add($"{query} → {string.Join(", ", top)}");
        }

        var rate = 1.0 - (double)misses.Count / queries.Length;
        Console.WriteLine($"relevance: {queries.Length - misses.Count} of {queries.Length} in the top 3 ({rate:P1}); misses:\n{string.Join("\n", misses)}");
        Assert.True(rate >= 0.95, $"{rate:P1} found; misses:\n{string.Join("\n", misses)}");
    }

    /// <summary>
    /// What typing a query costs a reader: from a fresh browser context (empty cache), the box is focused and
    /// each relevance query typed key by key (40 ms apart, faster than the debounce, as a reader types);
    /// every request from the focus until the results are on screen and the network is idle is counted,
    /// search code included (the minified engine is 24 KB raw of it). Issue 12 started from 243 KB in 28
    /// requests; its goal, asserted here, is 60 KB in 6: the engine file (code and manifest), a shard a word
    /// (2 at the median) and the file of each of the 3 pages the dropdown shows in full. Measured 57.0 KB in 6.
    /// </summary>
    [SkippableFact]
    public async Task A_typed_query_costs_at_most_60_KB_in_6_requests_at_the_median()
    {
        // Every fourth query of the relevance set: a fixed sample of 45 that keeps the suite within CI's budget
        // (all 178, one fresh browser context each, take about six minutes; the bench can run them all).
        var queries = RelevanceQueries().Select(q => q.Query).Where((_, i) => i % 4 == 0).ToArray();
        var bytes = new List<long>();
        var requests = new List<int>();
        foreach (var query in queries)
        {
            var page = await site.NewPageAsync();
            await page.AddInitScriptAsync("document.addEventListener('keydown', () => { window.__lastKey = performance.now(); }, true);");
            await page.GotoAsync(site.Url(site.PageOfEachKind[1]));
            // The page's own late requests (the favicon comes after the load event) are not the query's cost.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var sizes = new List<Task<long>>();
            page.RequestFinished += (_, request) => sizes.Add(BodyBytes(request));
            await page.FocusAsync("#search-input");
            await page.Keyboard.TypeAsync(query, new KeyboardTypeOptions { Delay = 40 });
            // The results of the whole query, not of a prefix shown while typing (the UI marks each showing).
            await page.WaitForFunctionAsync("() => performance.getEntriesByName('sitegen-search-shown').some(m => m.startTime > window.__lastKey)");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            requests.Add(sizes.Count);
            bytes.Add((await Task.WhenAll(sizes)).Sum());
            await page.Context.CloseAsync();
        }

        var medianBytes = Median(bytes);
        var medianRequests = Median(requests.Select(r => (long)r).ToList());
        var summary = $"{queries.Length} queries typed: median {medianBytes / 1024.0:0.0} KB raw in {medianRequests} requests; max {bytes.Max() / 1024.0:0.0} KB, {requests.Max()} requests";
        Console.WriteLine(summary);
        Assert.True(medianBytes <= 60 * 1024 && medianRequests <= 6, summary);
    }

    private static async Task<long> BodyBytes(IRequest request)
    {
        var response = await request.ResponseAsync();
        return response is null ? 0 : (await response.BodyAsync()).Length;
    }

    private static long Median(List<long> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    private static (string Query, string[] Expect)[] RelevanceQueries() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "search", "relevance.json")))
            .RootElement.GetProperty("queries").EnumerateArray()
            .Select(q => (Query: q.GetProperty("q").GetString()!, Expect: q.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToArray()))
            .ToArray();
}

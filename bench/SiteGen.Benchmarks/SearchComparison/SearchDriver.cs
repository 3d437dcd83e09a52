using Microsoft.Playwright;

namespace SiteGen.Benchmarks.SearchComparison;

/// <summary>
/// Runs one query in Debian's Chromium, each from a fresh browser context (empty cache): SiteGen's query typed
/// key by key into the header box of a chapter page, Pagefind's through its JS API from the same page of its copy.
/// </summary>
public sealed class SearchDriver(IBrowser browser)
{
    /// <summary>Keys 40 ms apart: faster than SiteGen's 120 ms pause, as a reader types.</summary>
    private const int KeyDelayMilliseconds = 40;

    /// <summary>Results Pagefind's default UI shows before "Load more".</summary>
    private const int PagefindPageSize = 5;

    public async Task<QueryMeasurement> SiteGenAsync(string pageUrl, string query, bool rankTopThree = true)
    {
        var context = await browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.AddInitScriptAsync("document.addEventListener('keydown', () => { window.__lastKey = performance.now(); }, true);");
            await page.GotoAsync(pageUrl);
            // The page's own late requests (the favicon comes after the load event) are not the query's cost.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var transfers = new TransferCounter(page);
            await page.FocusAsync("#search-input");
            await page.Keyboard.TypeAsync(query, new KeyboardTypeOptions { Delay = KeyDelayMilliseconds });
            // The results of the whole query (not of a prefix shown while typing): a mark after the last key.
            await page.WaitForFunctionAsync("() => performance.getEntriesByName('sitegen-search-shown').some(m => m.startTime > window.__lastKey)");
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var (raw, gzip, requests, files) = await transfers.TotalAsync();
            // When results went on screen: from the last key, and from the last file that arrived before
            // (or from the start of the search, when it needed no new file).
            var timing = await page.EvaluateAsync<double[]>(
                """
                () => {
                  const shown = performance.getEntriesByName('sitegen-search-shown').pop().startTime;
                  const started = performance.getEntriesByName('sitegen-search-start').filter(m => m.startTime <= shown).pop().startTime;
                  const files = performance.getEntriesByType('resource').filter(r => r.responseEnd <= shown).map(r => r.responseEnd);
                  return [shown - window.__lastKey, shown - Math.max(started, ...files)];
                }
                """);
            // The ranking the relevance test asserts: the three best sections, whatever page they are on.
            var top = !rankTopThree ? [] : await page.EvaluateAsync<string[]>(
                """
                async (q) => {
                  const engine = SiteGenSearchCore.createSearch(SiteGenSearchCore.createScriptLoader(document.getElementById('search-input').getAttribute('data-search-root') || ''));
                  const results = await engine.search(q + ' ', { limit: Infinity });
                  return results.groups.flatMap(g => g.sections).sort((a, b) => b.score - a.score).slice(0, 3).map(s => s.url);
                }
                """, query);
            return new QueryMeasurement(top, raw, gzip, requests, timing[0], timing[1], files);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    public async Task<QueryMeasurement> PagefindAsync(string pageUrl, string query)
    {
        var context = await browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(pageUrl);
            // The page's own late requests (the favicon comes after the load event) are not the query's cost.
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var transfers = new TransferCounter(page);
            // The default UI shows each result's sub-results (a sub-result that is the page itself, then up
            // to 3 more: the 3 with the most matches, kept in page order). Those links in order are what a
            // reader sees first; a result without sub-results counts as its page. (The page title link above
            // them is not counted: that would cost Pagefind a slot on every query.)
            var result = await page.EvaluateAsync<PagefindResult>(
                """
                async ([q, pageSize]) => {
                  const start = performance.now();
                  const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
                  await pagefind.init();
                  const search = await pagefind.search(q);
                  const results = await Promise.all(search.results.slice(0, pageSize).map(r => r.data()));
                  const milliseconds = performance.now() - start;
                  const thin = (subs, limit) => {
                    if (subs.length <= limit) return subs;
                    const most = [...subs].sort((a, b) => b.locations.length - a.locations.length).slice(0, limit).map(s => s.url);
                    return subs.filter(s => most.includes(s.url));
                  };
                  const shown = results.flatMap(r => {
                    const subs = r.sub_results || [];
                    const hasRoot = subs.length > 0 && subs[0].url === (r.meta?.url || r.url);
                    const shownSubs = hasRoot ? [subs[0], ...thin(subs.slice(1), 3)] : thin(subs, 3);
                    return shownSubs.length ? shownSubs.map(s => s.url) : [r.url];
                  });
                  return { top: shown.slice(0, 3).map(u => u.replace(/^\//, '')), milliseconds };
                }
                """, new object[] { query, PagefindPageSize });
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var (raw, gzip, requests, files) = await transfers.TotalAsync();
            return new QueryMeasurement(result.Top, raw, gzip, requests, result.Milliseconds, null, files);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private sealed class PagefindResult
    {
        public string[] Top { get; set; } = [];
        public double Milliseconds { get; set; }
    }
}

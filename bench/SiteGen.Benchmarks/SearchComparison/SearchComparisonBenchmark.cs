using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using SiteGen.Emit;
using SiteGen.Emit.Templates;
using SiteGen.Sources;
using SiteGen.Syntax.Highlighting;

namespace SiteGen.Benchmarks.SearchComparison;

/// <summary>
/// SiteGen's search side by side with Pagefind 1.6 on the guide (issue 12): builds the site, indexes a copy with
/// Pagefind, serves both on 127.0.0.1 and runs every query of tests/search/relevance.json in Debian's Chromium
/// (SiteGen typed key by key into the header box, Pagefind through its JS API). Prints each query and a summary:
/// top-3 hits, bytes raw and gzip, requests, milliseconds. Not a test: it measures, it does not assert.
/// </summary>
public static class SearchComparisonBenchmark
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string StartPage = "flask-fundamentals/";

    public static async Task<int> RunAsync(int every)
    {
        if (!File.Exists(ChromiumPath))
        {
            Console.Error.WriteLine($"Debian's Chromium is required at {ChromiumPath} (apt-get install chromium).");
            return 1;
        }
        var repo = Measure.Repository();
        var scratch = Directory.CreateTempSubdirectory("sitegen-search-comparison-");
        try
        {
            var site = Path.Combine(scratch.FullName, "sitegen");
            var copy = Path.Combine(scratch.FullName, "pagefind");
            Build(repo, site, Path.Combine(scratch.FullName, "cache"));
            PagefindCopy.Create(site, copy);
            var queries = Queries(repo).Where((_, i) => i % every == 0).ToArray();
            Console.WriteLine($"{queries.Length} queries of tests/search/relevance.json; load average at start: {LoadAverage()}");

            await using var sitegenServer = await StaticSiteServer.StartAsync(site);
            await using var pagefindServer = await StaticSiteServer.StartAsync(copy, serveUnknownFileTypes: true);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await LaunchChromiumAsync(playwright);
            var driver = new SearchDriver(browser);
            var rows = new List<(string Query, string[] Expected, QueryMeasurement SiteGen, QueryMeasurement Pagefind)>();
            foreach (var (query, expected) in queries)
            {
                var sitegen = await driver.SiteGenAsync(sitegenServer.BaseUrl + StartPage, query);
                var pagefind = await driver.PagefindAsync(pagefindServer.BaseUrl + StartPage, query);
                rows.Add((query, expected, sitegen, pagefind));
                Console.WriteLine($"{query}\n  SiteGen  {Line(sitegen, expected)}\n           files: {string.Join(" ", sitegen.Files)}\n  Pagefind {Line(pagefind, expected)}");
            }

            Console.WriteLine();
            Console.WriteLine($"load average at end: {LoadAverage()}");
            Console.WriteLine("| Engine | Top-3 hits | Bytes raw (median / max) | Gzip (median) | Requests (median / max) | ms (median / max) |");
            Console.WriteLine("|---|---|---|---|---|---|");
            Console.WriteLine(SummaryRow("SiteGen (typed key by key)", rows.Select(r => (r.SiteGen, r.Expected)).ToList()));
            Console.WriteLine(SummaryRow("Pagefind 1.6 (JS API)", rows.Select(r => (r.Pagefind, r.Expected)).ToList()));
            var afterLastFile = rows.Select(r => r.SiteGen.AfterLastFile ?? 0).ToList();
            Console.WriteLine(Invariant($"SiteGen: results on screen {Median(afterLastFile):0} ms after the last file arrived (median), {afterLastFile.Max():0} ms at most"));
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The SiteGen half alone on the synthetic corpus (<c>search --pages N --browser</c>): what a typed query
    /// costs at N pages in Chromium. The top 3 are not asked for: ranking every result would load every range.
    /// </summary>
    public static async Task RunCorpusAsync(string guide, IReadOnlyList<string> queries)
    {
        var scratch = Directory.CreateTempSubdirectory("sitegen-search-corpus-");
        try
        {
            var site = Path.Combine(scratch.FullName, "site");
            Build(guide, Path.Combine(Measure.Repository(), "theme"), site, Path.Combine(scratch.FullName, "cache"));
            await using var server = await StaticSiteServer.StartAsync(site);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await LaunchChromiumAsync(playwright);
            var driver = new SearchDriver(browser);
            Console.WriteLine($"typed in Chromium on the built site (load average {LoadAverage()}):");
            foreach (var query in queries)
            {
                var measured = await driver.SiteGenAsync(server.BaseUrl, query, rankTopThree: false);
                Console.WriteLine(Invariant($"  \"{query}\": {Kb(measured.RawBytes)} raw, {Kb(measured.GzipBytes)} gzip, {measured.Requests} requests, {measured.Milliseconds:0} ms ({measured.AfterLastFile:0} ms after the last file): {string.Join(" ", measured.Files)}"));
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        File.Exists(ChromiumPath)
            ? playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            })
            : throw new InvalidOperationException($"Debian's Chromium is required at {ChromiumPath} (apt-get install chromium).");

    private static void Build(string repo, string output, string cache) =>
        Build(Path.Combine(repo, "guide"), Path.Combine(repo, "theme"), output, cache);

    private static void Build(string guide, string themeFolder, string output, string cache)
    {
        var theme = ThemeProject.Load(themeFolder)!;
        var project = GuideProject.Load(guide, theme)!;
        var result = SiteEmitter.Emit(SiteCompilation.Create(project), ThemeRenderer.Create(theme, CacheLocation.Templates(cache)), output, HighlightCache.InMemory());
        if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    private static (string Query, string[] Expected)[] Queries(string repo) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(repo, "tests", "search", "relevance.json")))
            .RootElement.GetProperty("queries").EnumerateArray()
            .Select(q => (q.GetProperty("q").GetString()!, q.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToArray()))
            .ToArray();

    private static string Line(QueryMeasurement m, string[] expected) =>
        Invariant($"{(m.Hits(expected) ? "hit " : "MISS")} {Kb(m.RawBytes)} raw / {Kb(m.GzipBytes)} gzip, {m.Requests} requests, {m.Milliseconds:0} ms{(m.AfterLastFile is { } after ? Invariant($" ({after:0} ms after the last file)") : "")}: {string.Join("  ", m.Top)}");

    private static string SummaryRow(string engine, List<(QueryMeasurement M, string[] Expected)> rows)
    {
        var hits = rows.Count(r => r.M.Hits(r.Expected));
        var raw = rows.Select(r => (double)r.M.RawBytes).ToList();
        var requests = rows.Select(r => (double)r.M.Requests).ToList();
        var ms = rows.Select(r => r.M.Milliseconds).ToList();
        return Invariant($"| {engine} | {hits} of {rows.Count} ({100.0 * hits / rows.Count:0.0}%) | {Kb((long)Median(raw))} / {Kb((long)raw.Max())} | {Kb((long)Median(rows.Select(r => (double)r.M.GzipBytes).ToList()))} | {Median(requests):0} / {requests.Max():0} | {Median(ms):0} / {ms.Max():0} |");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static string Kb(long bytes) => Invariant($"{bytes / 1024.0:0.0} KB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

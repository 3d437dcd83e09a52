using SiteGen.Benchmarks;

// The build benchmark: figures for docs/performance.md. Not a test: it measures, it does not assert.
//   guide  [--runs N] [--sitegen path/to/SiteGen.Cli.dll]   cold process builds and warm in-process rebuilds of guide/
//   corpus [--pages N] [--runs N]                          a synthetic corpus of N pages, built in-process
//   search [--every N]                                     SiteGen's search side by side with Pagefind on the guide, in
//                                                          Chromium, every Nth query of tests/search/relevance.json (default 1)
//   search --pages N [--browser]                           search index size and first-query bytes on the synthetic corpus;
//                                                          --browser also builds it and types the queries in Chromium
//   rebuild [--runs N]                                     serve's rebuild of one changed chapter, save to reload event
//   anchors [--sizes 100,1000,10000] [--sitegen PATH]      side by side with Hugo + Pagefind on one generated corpus
//           [--write DIR]                                  only write the corpus of the first size into DIR
var command = args.FirstOrDefault() ?? "guide";
var options = BenchOptions.Parse(args.Skip(1).ToArray());
return command switch
{
    "guide" => GuideBenchmark.Run(options),
    "corpus" => CorpusBenchmark.Run(options),
    "search" when args.Contains("--pages") => SearchBenchmark.Run(options, browser: args.Contains("--browser")),
    "search" => SiteGen.Benchmarks.SearchComparison.SearchComparisonBenchmark.RunAsync(Every(args)).GetAwaiter().GetResult(),
    "rebuild" => RebuildBenchmark.Run(options),
    "anchors" => SiteGen.Benchmarks.Anchors.AnchorBenchmark.Run(options, Sizes(args), Array.IndexOf(args, "--write") is var w and >= 0 && w + 1 < args.Length ? args[w + 1] : null),
    _ => Usage(),
};

static IReadOnlyList<int> Sizes(string[] args) =>
    Array.IndexOf(args, "--sizes") is var i and >= 0 && i + 1 < args.Length
        ? args[i + 1].Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)).ToArray()
        : [100, 1000, 10000];

static int Every(string[] args) =>
    Array.IndexOf(args, "--every") is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) : 1;

static int Usage()
{
    Console.Error.WriteLine("usage: SiteGen.Benchmarks [guide|corpus|search|rebuild|anchors] [--runs N] [--pages N] [--sitegen PATH]");
    return 2;
}

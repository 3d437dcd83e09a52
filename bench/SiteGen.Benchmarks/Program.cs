using SiteGen.Benchmarks;

// The build benchmark: figures for docs/performance.md. Not a test: it measures, it does not assert.
//   guide  [--runs N] [--sitegen path/to/SiteGen.Cli.dll]   cold process builds and warm in-process rebuilds of guide/
//   corpus [--pages N] [--runs N]                          a synthetic corpus of N pages, built in-process
//   search [--pages N]                                     search index size and first-query bytes on the corpus
//   rebuild [--runs N]                                     serve's rebuild of one changed chapter, save to reload event
var command = args.FirstOrDefault() ?? "guide";
var options = BenchOptions.Parse(args.Skip(1).ToArray());
return command switch
{
    "guide" => GuideBenchmark.Run(options),
    "corpus" => CorpusBenchmark.Run(options),
    "search" => SearchBenchmark.Run(options),
    "rebuild" => RebuildBenchmark.Run(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: SiteGen.Benchmarks [guide|corpus|search|rebuild] [--runs N] [--pages N] [--sitegen PATH]");
    return 2;
}

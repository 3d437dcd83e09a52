using System.Globalization;
using System.Text;

namespace SiteGen.Benchmarks.Anchors;

/// <summary>
/// SiteGen side by side with the anchor tools on one corpus, in one run: Hugo builds it (own layouts,
/// highlighting on), Pagefind indexes Hugo's output, and SiteGen builds site and search index, first with
/// --no-cache, then with nothing changed since the last build, then with its caches warm but the index built. Prints wall time, CPU time, peak memory and output bytes.
/// Installs Hugo (Debian package) and Pagefind (npm, pagefind@1.6.0, which ships its binary) when missing.
/// </summary>
public static class AnchorBenchmark
{
    public static int Run(BenchOptions options, IReadOnlyList<int> sizes, string? writeOnly = null)
    {
        if (writeOnly is not null)
        {
            // Only write the corpus (guide/ and hugo/ under the folder), to profile or inspect it.
            AnchorCorpus.Write(Path.Combine(writeOnly, "guide"), Path.Combine(writeOnly, "hugo"), sizes[0]);
            return 0;
        }
        var hugo = Tools.Hugo();
        var pagefind = Tools.Pagefind();
        var sitegen = options.SiteGen ?? Path.Combine(AppContext.BaseDirectory, "SiteGen.Cli.dll");
        Console.WriteLine($"hugo: {Tools.Version(hugo, "version")}");
        Console.WriteLine($"pagefind: {Tools.Version(pagefind, "--version")}");
        Console.WriteLine($"sitegen: {sitegen}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at start; median of {options.Runs} runs below 10,000 pages");
        Console.WriteLine();

        var table = new StringBuilder();
        table.AppendLine("| pages | tool | wall s | CPU s | peak MB | output MB | KB/page |");
        table.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var pages in sizes)
        {
            var root = Path.Combine(Path.GetTempPath(), $"sitegen-anchors-{pages}-{Guid.NewGuid():N}"[..40]);
            try
            {
                var guide = Path.Combine(root, "guide");
                var hugoRoot = Path.Combine(root, "hugo");
                AnchorCorpus.Write(guide, hugoRoot, pages);
                Console.WriteLine($"{pages} pages: corpus {Bytes(Path.Combine(guide, "chapters")) / 1e6:0.0} MB of markdown");

                // Each tool runs several times (fewer at 10,000 pages) and the run with the median wall time is kept:
                // on a shared 2-core machine one run is noise.
                var repeat = pages >= 10_000 ? 1 : Math.Max(1, options.Runs);
                ToolRun Median(Func<ToolRun> run) => Enumerable.Range(0, repeat).Select(_ => run()).OrderBy(r => r.WallSeconds).ElementAt(repeat / 2);
                var runs = new List<(ToolRun Run, string Output)>();
                var hugoRun = Median(() => ToolRun.Time("Hugo", hugo, ["--quiet", "--destination", "public"], hugoRoot));
                runs.Add((hugoRun, Path.Combine(hugoRoot, "public")));
                var pagefindRun = Median(() => ToolRun.Time("Pagefind (Hugo's output)", pagefind, ["--site", "public"], hugoRoot));
                runs.Add((pagefindRun, Path.Combine(hugoRoot, "public", "pagefind")));

                var cache = Path.Combine(root, "cache");
                var environment = new Dictionary<string, string> { ["SITEGEN_CACHE_DIR"] = cache, ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" };
                var output = Path.Combine(root, "_site");
                string[] Build(params string[] extra) => [sitegen, "build", "--source", guide, "--output", output, .. extra];
                runs.Add((Median(() => ToolRun.Time("SiteGen --no-cache", "dotnet", Build("--no-cache"), root, environment)), output));
                ToolRun.Time("SiteGen (fills the caches)", "dotnet", Build(), root, environment);
                runs.Add((Median(() => ToolRun.Time("SiteGen, nothing changed (index read back)", "dotnet", Build(), root, environment)), output));
                // The comparison's figure: templates and highlighted code cached, but the search index built every time,
                // as Pagefind builds its own (SiteGen reads its index back only when no search document changed).
                var searchCache = Path.Combine(cache, "search");
                runs.Add((Median(() =>
                {
                    if (Directory.Exists(searchCache)) Directory.Delete(searchCache, recursive: true);
                    return ToolRun.Time("SiteGen, caches warm", "dotnet", Build(), root, environment);
                }), output));

                foreach (var (run, folder) in runs)
                {
                    if (run.ExitCode != 0) Console.WriteLine($"  {run.Tool} exited with {run.ExitCode}:\n{run.Output}");
                    var bytes = Bytes(folder);
                    var htmlPerPage = run.Tool.StartsWith("Pagefind", StringComparison.Ordinal) ? "" : $"{HtmlBytes(folder, pages) / 1024.0:0.0}";
                    table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {pages:N0} | {run.Tool} | {run.WallSeconds:0.00} | {run.CpuSeconds:0.00} | {run.PeakKilobytes / 1024.0:0} | {bytes / 1e6:0.0} | {htmlPerPage} |"));
                }
                var anchor = hugoRun.WallSeconds + pagefindRun.WallSeconds;
                table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {pages:N0} | **Hugo + Pagefind** / **SiteGen warm** | {anchor:0.00} / {runs[^1].Run.WallSeconds:0.00} | ratio **{runs[^1].Run.WallSeconds / anchor:0.00}×** | | | |"));
                Console.WriteLine(table.ToString().Split('\n').Reverse().Skip(1).Take(runs.Count + 1).Reverse().Aggregate(new StringBuilder(), (b, l) => b.AppendLine(l)));
            }
            finally
            {
                try
                {
                    Directory.Delete(root, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
        Console.WriteLine(table);
        return 0;
    }

    private static long Bytes(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    /// <summary>Bytes of the content pages' HTML divided by the page count (index, list and search pages excluded).</summary>
    private static double HtmlBytes(string folder, int pages) =>
        Directory.EnumerateFiles(folder, "index.html", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)!).StartsWith("page-", StringComparison.Ordinal))
            .Sum(f => new FileInfo(f).Length) / (double)pages;
}

using System.Diagnostics;
using System.Globalization;
using SiteGen.Emit;
using SiteGen.Emit.Templates;
using SiteGen.Sources;
using SiteGen.Syntax.Highlighting;

namespace SiteGen.Benchmarks;

/// <summary>The guide's cold build (process start to exit, with and without the template cache) and warm rebuilds.</summary>
public static class GuideBenchmark
{
    public static int Run(BenchOptions options)
    {
        var repo = Measure.Repository();
        var cli = options.SiteGen ?? Path.Combine(repo, "src", "SiteGen.Cli", "bin", "Release", "net10.0", "SiteGen.Cli.dll");
        var scratch = Directory.CreateTempSubdirectory("sitegen-bench-");
        var cache = Path.Combine(scratch.FullName, "cache");
        try
        {
            Console.WriteLine($"sitegen: {cli}");
            string[] Build(bool useCache) =>
                ["build", "--source", Path.Combine(repo, "guide"), "--theme", Path.Combine(repo, "theme"), "--output", Path.Combine(scratch.FullName, "_site"), .. useCache ? Array.Empty<string>() : ["--no-cache"]];

            RunProcess(cli, cache, Build(useCache: true)); // fills the template cache
            Console.WriteLine("cold process, template cache warm: " + Measure.Summary(Measure.Repeat(options.Runs, () => RunProcess(cli, cache, Build(useCache: true)))));
            Console.WriteLine("cold process, no template cache:   " + Measure.Summary(Measure.Repeat(options.Runs, () => RunProcess(cli, cache, Build(useCache: false)))));

            var theme = ThemeProject.Load(Path.Combine(repo, "theme"))!;
            var renderer = ThemeRenderer.Create(theme, CacheLocation.Templates(cache));
            var highlights = HighlightCache.InMemory();
            PhaseTimings? last = null;
            void Rebuild()
            {
                var project = GuideProject.Load(Path.Combine(repo, "guide"), theme)!;
                var result = SiteEmitter.Emit(SiteCompilation.Create(project), renderer, Path.Combine(scratch.FullName, "_warm"), highlights);
                if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
                last = result.Timings;
            }
            Rebuild();
            Rebuild();
            Console.WriteLine("warm rebuild in one process:       " + Measure.Summary(Measure.Repeat(options.Runs * 4, Rebuild)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  last warm rebuild: parse {last!.Parse.TotalMilliseconds:0.0} ms, bind {last.Bind.TotalMilliseconds:0.0} ms, render {last.Render.TotalMilliseconds:0.0} ms, write {last.Write.TotalMilliseconds:0.0} ms"));
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static void RunProcess(string cli, string cache, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["SITEGEN_CACHE_DIR"] = cache;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException(output);
    }
}

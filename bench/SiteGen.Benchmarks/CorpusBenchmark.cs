using System.Diagnostics;
using System.Globalization;
using SiteGen.Emit;
using SiteGen.Emit.Templates;
using SiteGen.Sources;

namespace SiteGen.Benchmarks;

/// <summary>Builds a generated corpus in-process and reports time per phase and peak memory.</summary>
public static class CorpusBenchmark
{
    public static int Run(BenchOptions options)
    {
        var repo = Measure.Repository();
        var scratch = Directory.CreateTempSubdirectory("sitegen-corpus-");
        try
        {
            var guide = Path.Combine(scratch.FullName, "guide");
            var generate = Stopwatch.StartNew();
            SyntheticCorpus.Write(guide, options.Pages);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {options.Pages} pages in {generate.Elapsed.TotalSeconds:0.0} s"));

            var theme = ThemeProject.Load(Path.Combine(repo, "theme"))!;
            var renderer = ThemeRenderer.Create(theme, CacheLocation.Templates(Path.Combine(scratch.FullName, "cache")));
            for (var run = 0; run < options.Runs; run++)
            {
                var clock = Stopwatch.StartNew();
                var project = GuideProject.Load(guide, theme)!;
                var load = clock.Elapsed;
                var result = SiteEmitter.Emit(SiteCompilation.Create(project), renderer, Path.Combine(scratch.FullName, "_site"));
                if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
                var t = result.Timings;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"run {run + 1}: total {clock.Elapsed.TotalSeconds:0.00} s (load {load.TotalMilliseconds:0} ms, parse {t.Parse.TotalMilliseconds:0} ms, bind {t.Bind.TotalMilliseconds:0} ms, templates {t.TemplateCompile.TotalMilliseconds:0} ms, render {t.Render.TotalMilliseconds:0} ms, write {t.Write.TotalMilliseconds:0} ms), peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB"));
            }
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}

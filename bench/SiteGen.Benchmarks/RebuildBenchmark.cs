using System.Diagnostics;
using System.Globalization;
using SiteGen.Cli.Serve;

namespace SiteGen.Benchmarks;

/// <summary>
/// What `sitegen serve` does on a save: one chapter of a copy of the guide changes, the rebuilder rebuilds
/// from the previous compilation, and open tabs are told to reload. Measured from the save to the reload event.
/// </summary>
public static class RebuildBenchmark
{
    public static int Run(BenchOptions options)
    {
        var repo = Measure.Repository();
        var scratch = Directory.CreateTempSubdirectory("sitegen-rebuild-");
        try
        {
            var guide = Path.Combine(scratch.FullName, "guide");
            CopyFolder(Path.Combine(repo, "guide"), guide);
            var rebuilder = new SiteRebuilder(guide, Path.Combine(repo, "theme"), Path.Combine(scratch.FullName, "_site"));
            var hub = new LiveReloadHub();
            var tab = hub.Subscribe();
            var first = rebuilder.Rebuild();
            if (!first.Success) throw new InvalidOperationException(string.Join("\n", first.Diagnostics));
            var chapter = Path.Combine(guide, "chapters", "flask-fundamentals.md");
            var original = File.ReadAllText(chapter);
            var times = new List<TimeSpan>();
            for (var i = 0; i < options.Runs * 4 + 2; i++)
            {
                File.WriteAllText(chapter, original + $"\nEdited {i}.\n");
                var clock = Stopwatch.StartNew();
                var result = rebuilder.Rebuild();
                if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
                hub.Publish("reload", "{}");
                tab.Reader.TryRead(out _);
                if (i >= 2) times.Add(clock.Elapsed);
            }
            Console.WriteLine("one chapter saved → site rebuilt and reload sent: " + Measure.Summary(times));
            var t = rebuilder.Rebuild().Timings!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  one rebuild: parse {t.Parse.TotalMilliseconds:0} ms, bind {t.Bind.TotalMilliseconds:0} ms, render {t.Render.TotalMilliseconds:0} ms, search index {t.SearchIndex.TotalMilliseconds:0} ms, write {t.Write.TotalMilliseconds:0} ms"));
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

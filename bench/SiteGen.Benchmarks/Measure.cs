using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Benchmarks;

/// <summary>Timing helpers: run something N times, report median and min in a fixed format.</summary>
public static class Measure
{
    public static IReadOnlyList<TimeSpan> Repeat(int runs, Action action)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed);
        }
        return times;
    }

    public static string Summary(IReadOnlyList<TimeSpan> times)
    {
        var sorted = times.Order().ToArray();
        var median = sorted[sorted.Length / 2];
        return string.Create(CultureInfo.InvariantCulture, $"median {median.TotalMilliseconds:0} ms, min {sorted[0].TotalMilliseconds:0} ms ({times.Count} runs)");
    }

    public static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        }
        return Environment.CurrentDirectory;
    }
}

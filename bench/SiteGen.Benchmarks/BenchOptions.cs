using System.Globalization;

namespace SiteGen.Benchmarks;

/// <summary>Command-line options of the benchmark.</summary>
public sealed record BenchOptions(int Runs, int Pages, string? SiteGen)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        return new BenchOptions(
            int.Parse(Value("--runs") ?? "5", CultureInfo.InvariantCulture),
            int.Parse(Value("--pages") ?? "1000", CultureInfo.InvariantCulture),
            Value("--sitegen"));
    }
}

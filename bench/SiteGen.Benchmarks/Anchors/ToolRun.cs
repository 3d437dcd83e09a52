using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Benchmarks.Anchors;

/// <summary>One timed run of an external tool: wall time, CPU time and peak memory from GNU time.</summary>
public sealed record ToolRun(string Tool, double WallSeconds, double CpuSeconds, long PeakKilobytes, int ExitCode, string Output)
{
    /// <summary>Runs <paramref name="command"/> under /usr/bin/time -f, which reports for the whole process tree's main process.</summary>
    public static ToolRun Time(string tool, string command, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var report = Path.GetTempFileName();
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-o", report, "-f", "%e %U %S %M", command }.Concat(arguments)) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var fields = File.ReadAllLines(report).Last().Split(' ');
        File.Delete(report);
        double Number(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        return new ToolRun(tool, Number(0), Number(1) + Number(2), long.Parse(fields[3], CultureInfo.InvariantCulture), process.ExitCode,
            stdout.Result + stderr.Result);
    }
}

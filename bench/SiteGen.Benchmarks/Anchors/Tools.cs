using System.Diagnostics;

namespace SiteGen.Benchmarks.Anchors;

/// <summary>Finds or installs the anchor tools: Hugo from Debian, Pagefind from npm into SiteGen's cache folder.</summary>
public static class Tools
{
    public const string PagefindVersion = "1.6.0";

    public static string Hugo()
    {
        if (File.Exists("/usr/bin/hugo")) return "/usr/bin/hugo";
        Console.WriteLine("installing hugo (apt-get install -y hugo) ...");
        Run("apt-get", "install", "-y", "-qq", "hugo");
        return File.Exists("/usr/bin/hugo") ? "/usr/bin/hugo" : throw new InvalidOperationException("Hugo is not installed and apt-get could not install it (run as root, or install the 'hugo' package).");
    }

    public static string Pagefind()
    {
        var folder = Path.Combine(SiteGen.Emit.CacheLocation.Root(), "bench-tools", "pagefind-" + PagefindVersion);
        var binary = Path.Combine(folder, "node_modules", ".bin", "pagefind");
        if (File.Exists(binary)) return binary;
        Directory.CreateDirectory(folder);
        Console.WriteLine($"installing pagefind@{PagefindVersion} with npm into {folder} ...");
        Run("npm", "install", "--prefix", folder, "--no-audit", "--no-fund", "--loglevel=error", $"pagefind@{PagefindVersion}");
        return File.Exists(binary) ? binary : throw new InvalidOperationException("npm did not install pagefind; is npm installed?");
    }

    public static string Version(string tool, string argument)
    {
        var start = new ProcessStartInfo(tool, argument) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return text.Trim().Split('\n')[0];
    }

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(command, arguments);
        process.WaitForExit();
    }
}

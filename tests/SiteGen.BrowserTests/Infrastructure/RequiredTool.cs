namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// Tools the browser suite needs (Chromium, Java for the HTML checker). On a developer's machine a
/// missing tool skips the test with the reason; under CI=true it fails the test, so CI never goes
/// green on a suite that did not run.
/// </summary>
public static class RequiredTool
{
    /// <summary>Debian's Chromium by default; SITEGEN_CHROMIUM points elsewhere (GitHub's runners ship Chrome).</summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("SITEGEN_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Require(bool available, string reason)
    {
        if (available) return;
        if (IsCi) Assert.Fail($"{reason} (CI=true: a missing tool is a failure, not a skip)");
        Skip.If(true, reason);
    }

    public static void RequireChromium() =>
        Require(File.Exists(ChromiumPath), $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium, or set SITEGEN_CHROMIUM)");

    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

using System.Diagnostics;
using System.Text.Json;
using SiteGen.BrowserTests.Infrastructure;

namespace SiteGen.BrowserTests;

/// <summary>The W3C Nu HTML Checker (vnu.jar from npm, run with Java) over every page of the built guide.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class HtmlValidatorTests(GuideSiteFixture site)
{
    private static readonly string VnuJar = Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [SkippableFact]
    public async Task Every_page_of_the_guide_is_valid_html()
    {
        var java = RequiredTool.FindOnPath("java");
        RequiredTool.Require(java is not null, "Java is not installed (the HTML checker needs it)");
        RequiredTool.Require(File.Exists(VnuJar), "vnu.jar is not installed (run ./build.sh test, which runs npm ci in tests/tools)");
        var pages = Directory.GetFiles(site.SiteRoot, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.True(pages.Length >= 4);

        var start = new ProcessStartInfo(java!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", VnuJar, "--format", "json", "--exit-zero-always" }.Concat(pages)) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;

        using var json = JsonDocument.Parse(report);
        var problems = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error" || m.TryGetProperty("subType", out var sub) && sub.GetString() == "warning")
            .Select(m => $"{m.GetProperty("url").GetString()}"
                + $"({(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}): {m.GetProperty("message").GetString()}")
            .ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }
}

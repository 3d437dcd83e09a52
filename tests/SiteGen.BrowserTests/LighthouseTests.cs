using System.Diagnostics;
using System.Text.Json;
using SiteGen.BrowserTests.Infrastructure;

namespace SiteGen.BrowserTests;

/// <summary>
/// Lighthouse (from npm, tests/tools) driving Debian's Chromium over one page of each type: accessibility,
/// best practices and SEO must score 100. Performance depends on the machine's load, so it is a benchmark
/// (./build.sh bench lighthouse, docs/performance.md), not a check.
/// </summary>
[Collection(GuideSiteCollection.Name)]
public sealed class LighthouseTests(GuideSiteFixture site)
{
    private static readonly string ToolsFolder = Path.Combine(RepositoryPaths.Root, "tests", "tools");
    private static readonly string Runner = Path.Combine(ToolsFolder, "lighthouse-pages.mjs");

    [SkippableFact]
    public async Task Every_page_type_scores_100_for_accessibility_best_practices_and_seo()
    {
        RequiredTool.RequireChromium();
        var node = RequiredTool.FindOnPath("node");
        RequiredTool.Require(node is not null, "Node.js is not installed (Lighthouse runs on it)");
        RequiredTool.Require(File.Exists(Path.Combine(ToolsFolder, "node_modules", "lighthouse", "package.json")),
            "Lighthouse is not installed (run ./build.sh test, which runs npm ci in tests/tools)");
        // Lighthouse refuses a page answered with status 404, so the not-found page is audited at its own file.
        var paths = site.PageOfEachKind.Select(path => path == GuideSiteFixture.MissingPagePath ? "404.html" : path).ToArray();

        var start = new ProcessStartInfo(node!) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ToolsFolder };
        foreach (var argument in new[] { Runner, "checks", site.Server!.BaseUrl }.Concat(paths)) start.ArgumentList.Add(argument);
        start.Environment["CHROME_PATH"] = RequiredTool.ChromiumPath;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"Lighthouse failed ({process.ExitCode}):\n{await errors}");

        var reports = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        Assert.Equal(paths, reports.Select(r => r.GetProperty("path").GetString()));
        var problems = reports.SelectMany(Problems).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> Problems(JsonElement report)
    {
        var path = "/" + report.GetProperty("path").GetString();
        if (report.GetProperty("runtimeError").GetString() is { } error)
        {
            yield return $"{path}: {error}";
            yield break;
        }
        foreach (var category in report.GetProperty("scores").EnumerateObject())
        {
            if (category.Value.ValueKind != JsonValueKind.Number || category.Value.GetDouble() < 1) yield return $"{path}: {category.Name} scores {category.Value}";
        }
        foreach (var audit in report.GetProperty("failing").EnumerateArray())
        {
            yield return $"{path}:   {audit.GetProperty("id").GetString()}: {audit.GetProperty("title").GetString()}";
        }
    }
}

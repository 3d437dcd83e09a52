using System.Diagnostics;
using System.Text.RegularExpressions;
using SiteGen.Benchmarks.Anchors;

namespace SiteGen.Benchmarks.SearchComparison;

/// <summary>
/// A copy of the built guide indexed by Pagefind with its default settings: the article of every page that
/// SiteGen indexes carries data-pagefind-body (the search page and the 404 page are left out, as SiteGen
/// leaves them out), so both engines see the same text.
/// </summary>
public static partial class PagefindCopy
{
    public static void Create(string site, string copy)
    {
        foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(site, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (file.EndsWith(".html", StringComparison.Ordinal))
                File.WriteAllText(target, IndexedArticle().Replace(File.ReadAllText(file), "<article data-pagefind-body class=\"$1\"", 1));
            else
                File.Copy(file, target);
        }
        var start = new ProcessStartInfo(Tools.Pagefind()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--site", copy }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("pagefind failed: " + output.Result + errors);
    }

    [GeneratedRegex("<article class=\"((?!search-page|not-found)[^\"]*)\"")]
    private static partial Regex IndexedArticle();
}

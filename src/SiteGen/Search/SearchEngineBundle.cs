using NUglify;
using SiteGen.Sources;

namespace SiteGen.Search;

/// <summary>
/// The search code a reader's browser loads on first focus of the box: the theme's search-core.js and
/// search-ui.js joined and minified, about 24 KB instead of 62 KB, written with the site's manifest into
/// <see cref="SearchEngineFile"/> (one request for both: docs/search.md). The readable sources are
/// still copied (node's tests and debugging use them). NUglify's
/// output depends only on its input, so the same sources always give byte-identical output, and the bundle is
/// kept on disk by the hash of its sources: loading and running the minifier is 0.15 s of a cold 0.9 s build.
/// </summary>
public sealed record SearchEngineBundle(string Content)
{
    /// <summary>The sources in the order they must run: the engine defines what the UI uses.</summary>
    private static readonly string[] SourcePaths =
        [ThemeProject.AssetsOutputFolder + "/js/search-core.js", ThemeProject.AssetsOutputFolder + "/js/search-ui.js"];

    private static readonly Lock Gate = new();
    // serve rebuilds many times with the same theme: the last bundle is kept so only an edited source is minified again.
    private static (string Key, SearchEngineBundle Bundle)? last;

    /// <summary>The bundle of a theme's search sources, or null when the theme has none of them.</summary>
    /// <param name="cacheFolder">Where bundles are kept between runs; null minifies in every process.</param>
    public static SearchEngineBundle? Of(IReadOnlyList<AssetFile> assets, string? cacheFolder = null)
    {
        var sources = SourcePaths.Select(p => assets.FirstOrDefault(a => a.OutputPath == p)).ToArray();
        if (sources.Any(s => s is null)) return null;
        var joined = string.Join(";\n", sources.Select(s => File.ReadAllText(s!.FullPath)));
        var key = ContentHasher.Hash(joined);
        lock (Gate)
        {
            if (last is { } cached && cached.Key == key) return cached.Bundle;
            var bundle = Cached(cacheFolder, key) ?? Save(cacheFolder, key, Minified(joined));
            last = (key, bundle);
            return bundle;
        }
    }

    private static string CacheFile(string folder, string key) => Path.Combine(folder, $"search-engine-{key}.js");

    private static SearchEngineBundle? Cached(string? folder, string key)
    {
        if (folder is null || !File.Exists(CacheFile(folder, key))) return null;
        try
        {
            var content = File.ReadAllText(CacheFile(folder, key));
            return new SearchEngineBundle(content);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Keeps the bundle of the current sources only (written whole, then renamed, so a reader never sees half).</summary>
    private static SearchEngineBundle Save(string? folder, string key, SearchEngineBundle bundle)
    {
        if (folder is null) return bundle;
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var old in Directory.EnumerateFiles(folder, "search-engine-*.js")) File.Delete(old);
            SiteGen.CacheFile.Replace(CacheFile(folder, key), System.Text.Encoding.UTF8.GetBytes(bundle.Content));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time.
        }
        return bundle;
    }

    private static SearchEngineBundle Minified(string joined)
    {
        var result = Uglify.Js(joined);
        // A theme's edited script that the minifier cannot parse is still served, whole: search keeps working.
        var content = result.HasErrors ? joined : result.Code;
        return new SearchEngineBundle(content);
    }
}

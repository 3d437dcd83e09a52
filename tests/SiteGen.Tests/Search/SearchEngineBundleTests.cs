using SiteGen.Search;
using SiteGen.Sources;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>The one minified file of search code a reader loads (search-core.js and search-ui.js of the theme).</summary>
public sealed class SearchEngineBundleTests
{
    private static readonly IReadOnlyList<AssetFile> ThemeAssets = ThemeProject.Load(RepositoryPaths.Theme)!.Assets;

    [Fact]
    public void The_bundle_is_well_under_half_the_size_of_its_sources_and_defines_both_parts()
    {
        var bundle = SearchEngineBundle.Of(ThemeAssets)!;
        var sources = new[] { "search-core.js", "search-ui.js" }.Sum(f => new FileInfo(Path.Combine(RepositoryPaths.Theme, "assets", "js", f)).Length);

        Assert.True(bundle.Content.Length < sources / 2, $"{bundle.Content.Length} bytes of {sources}");
        Assert.Contains("SiteGenSearchCore", bundle.Content, StringComparison.Ordinal);
        Assert.Contains("sitegen-search-highlight", bundle.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_source_gives_a_new_bundle()
    {
        var first = SearchEngineBundle.Of(ThemeAssets)!;
        var copy = Directory.CreateTempSubdirectory("sitegen-bundle-");
        try
        {
            var edited = ThemeAssets.Select(a => a.OutputPath.EndsWith("/js/search-ui.js", StringComparison.Ordinal)
                ? a with { FullPath = CopyTo(copy.FullName, a.FullPath, "window.searchEdited = 'yes';") } : a).ToList();
            var second = SearchEngineBundle.Of(edited)!;

            Assert.Contains("searchEdited", second.Content, StringComparison.Ordinal);
            Assert.DoesNotContain("searchEdited", first.Content, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_bundle_is_kept_on_disk_by_its_sources_and_read_back_by_a_later_build()
    {
        using var scratch = new TempFolder();
        var cache = scratch.Combine("assets");
        var edited = ThemeAssets.Select(a => a.OutputPath.EndsWith("/js/search-ui.js", StringComparison.Ordinal)
            ? a with { FullPath = CopyTo(scratch.Path, a.FullPath, $"window.searchRun = '{Guid.NewGuid():N}';") } : a).ToList();

        var minified = SearchEngineBundle.Of(edited, cache)!;
        var kept = Assert.Single(Directory.GetFiles(cache));
        Assert.Equal(minified.Content, File.ReadAllText(kept));

        // A later process finds the file: the in-process bundle is replaced by another theme's, then the first
        // theme's bundle comes from the (altered) file, not from the minifier.
        File.WriteAllText(kept, "/* from the cache */");
        SearchEngineBundle.Of(ThemeAssets);
        Assert.Equal("/* from the cache */", SearchEngineBundle.Of(edited, cache)!.Content);
    }

    [Fact]
    public void A_theme_without_the_search_sources_has_no_bundle()
    {
        Assert.Null(SearchEngineBundle.Of(ThemeAssets.Where(a => !a.OutputPath.EndsWith("search-ui.js", StringComparison.Ordinal)).ToList()));
    }

    private static string CopyTo(string folder, string path, string appended)
    {
        var target = Path.Combine(folder, Path.GetFileName(path));
        File.WriteAllText(target, File.ReadAllText(path) + "\n" + appended + "\n");
        return target;
    }
}

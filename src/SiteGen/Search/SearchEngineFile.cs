namespace SiteGen.Search;

/// <summary>
/// The file every page's search loader names: the site's manifest, then the search code (<see cref="SearchEngineBundle"/>),
/// so that a typed query's first request brings both (docs/search.md, "What a page loads"). The manifest is set
/// before the code runs, and the loader the code creates reads it from there instead of requesting manifest.js.
/// The name has no hash: pages do not change when only the index does, and are rendered while it is built.
/// </summary>
public static class SearchEngineFile
{
    public const string SitePath = SearchIndexWriter.Folder + "/engine.js";

    /// <summary>The engine file for the index files <see cref="SearchIndexWriter.Write"/> made and the search code.</summary>
    public static string Compose(IReadOnlyList<(string SitePath, string Content)> indexFiles, string code)
    {
        var manifest = indexFiles.Single(f => f.SitePath == SearchIndexWriter.ManifestFile).Content;
        var json = manifest[(manifest.IndexOf(',', StringComparison.Ordinal) + 1)..manifest.LastIndexOf(')')];
        return $"window.SiteGenSearchFiles={{\"manifest\":{json}}};\n{code}";
    }
}

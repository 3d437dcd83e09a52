namespace SiteGen.Sources;

/// <summary>A theme: a folder of Razor layouts plus static assets published under static/.</summary>
public sealed record ThemeProject(string Root, string LayoutsRoot, IReadOnlyList<AssetFile> Assets)
{
    public const string AssetsOutputFolder = "static";

    public static ThemeProject? Load(string root)
    {
        var fullRoot = Path.GetFullPath(root);
        var layouts = Path.Combine(fullRoot, "layouts");
        if (!Directory.Exists(layouts)) return null;
        var assetsRoot = Path.Combine(fullRoot, "assets");
        var assets = FileEnumerator.Files(assetsRoot)
            .Select(rel => new AssetFile($"{AssetsOutputFolder}/{rel}", Path.Combine(assetsRoot, rel)))
            .ToArray();
        return new ThemeProject(fullRoot, layouts, assets);
    }
}

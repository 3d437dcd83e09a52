using SiteGen.Diagnostics;

namespace SiteGen.Sources;

/// <summary>A theme: a folder of Razor layouts plus static assets published under static/.</summary>
public sealed record ThemeProject(string Root, string LayoutsRoot, IReadOnlyList<AssetFile> Assets)
{
    public const string AssetsOutputFolder = "static";

    /// <summary>Assets that were skipped: links out of the theme folder, loops (see <see cref="FileEnumerator"/>).</summary>
    public IReadOnlyList<Diagnostic> LoadDiagnostics { get; init; } = [];

    public static ThemeProject? Load(string root)
    {
        var fullRoot = Path.GetFullPath(root);
        var layouts = Path.Combine(fullRoot, "layouts");
        if (!Directory.Exists(layouts)) return null;
        var diagnostics = new List<Diagnostic>();
        var assets = FileEnumerator.Files(Path.Combine(fullRoot, "assets"), SourceRoot.Theme(fullRoot), recursive: true, diagnostics)
            .Select(file => new AssetFile($"{AssetsOutputFolder}/{file.RelativePath}", file.RealPath))
            .ToArray();
        return new ThemeProject(fullRoot, layouts, assets) { LoadDiagnostics = diagnostics };
    }
}

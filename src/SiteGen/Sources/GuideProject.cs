namespace SiteGen.Sources;

/// <summary>
/// Everything the build reads, loaded once from disk: guide.yml, chapter texts, data files and asset paths.
/// Nothing here is parsed; later phases work on this snapshot and never touch the file system again.
/// </summary>
public sealed record GuideProject(
    string Root,
    SourceFile ProjectFile,
    IReadOnlyList<SourceFile> Chapters,
    IReadOnlyList<SourceFile> DataFiles,
    IReadOnlyList<AssetFile> Assets,
    ThemeProject Theme)
{
    public const string ProjectFileName = "guide.yml";
    public const string ChaptersFolder = "chapters";
    public const string DataFolder = "data";
    public const string AssetsFolder = "assets";

    /// <summary>Reads a guide folder. Returns null when the folder or its guide.yml is missing.</summary>
    public static GuideProject? Load(string root, ThemeProject theme)
    {
        var fullRoot = Path.GetFullPath(root);
        var projectPath = Path.Combine(fullRoot, ProjectFileName);
        if (!File.Exists(projectPath)) return null;

        SourceFile Read(string relative) =>
            new(relative, File.ReadAllText(Path.Combine(fullRoot, relative)).ReplaceLineEndings("\n"));

        var chapters = FileEnumerator.Files(Path.Combine(fullRoot, ChaptersFolder), "*.md")
            .Select(rel => Read($"{ChaptersFolder}/{rel}"))
            .ToArray();
        var data = FileEnumerator.Files(Path.Combine(fullRoot, DataFolder))
            .Where(rel => rel.EndsWith(".yaml", StringComparison.Ordinal) || rel.EndsWith(".yml", StringComparison.Ordinal))
            .Select(rel => Read($"{DataFolder}/{rel}"))
            .ToArray();
        var assetsRoot = Path.Combine(fullRoot, AssetsFolder);
        var assets = FileEnumerator.Files(assetsRoot)
            .Select(rel => new AssetFile($"{AssetsFolder}/{rel}", Path.Combine(assetsRoot, rel)))
            .ToArray();
        return new GuideProject(fullRoot, Read(ProjectFileName), chapters, data, assets, theme);
    }
}

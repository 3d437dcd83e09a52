using SiteGen.Diagnostics;

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

    /// <summary>
    /// What loading found: files outside the guide, link loops, oversized files, invalid UTF-8. Reported with
    /// the compilation's diagnostics.
    /// </summary>
    public IReadOnlyList<Diagnostic> LoadDiagnostics { get; init; } = [];

    /// <summary>
    /// Reads a guide folder. Returns null when the folder or its guide.yml is missing. Every file is read at
    /// its real path, and only when that lies inside the guide folder (see <see cref="FileEnumerator"/>).
    /// </summary>
    public static GuideProject? Load(string root, ThemeProject theme)
    {
        var fullRoot = Path.GetFullPath(root);
        var projectPath = Path.Combine(fullRoot, ProjectFileName);
        if (!File.Exists(projectPath)) return null;
        var guide = SourceRoot.Guide(fullRoot);
        var diagnostics = new List<Diagnostic>();

        IEnumerable<SourceFile> Read(string folder, IEnumerable<ContainedFile> files) =>
            files.Select(file => SourceReader.Read(file.RealPath, $"{folder}/{file.RelativePath}", diagnostics)).OfType<SourceFile>();

        var chapters = Read(ChaptersFolder, FileEnumerator.Files(Path.Combine(fullRoot, ChaptersFolder), guide, recursive: true, diagnostics)
            .Where(file => file.RelativePath.EndsWith(".md", StringComparison.Ordinal))).ToArray();
        var data = Read(DataFolder, FileEnumerator.Files(Path.Combine(fullRoot, DataFolder), guide, recursive: true, diagnostics)
            .Where(file => file.RelativePath.EndsWith(".yaml", StringComparison.Ordinal) || file.RelativePath.EndsWith(".yml", StringComparison.Ordinal))).ToArray();
        var assets = FileEnumerator.Files(Path.Combine(fullRoot, AssetsFolder), guide, recursive: true, diagnostics)
            .Select(file => new AssetFile($"{AssetsFolder}/{file.RelativePath}", file.RealPath))
            .ToArray();
        var projectFile = FileEnumerator.Resolve(projectPath, guide, diagnostics) is { } realProjectPath
            ? SourceReader.Read(realProjectPath, ProjectFileName, diagnostics)
            : null;
        return new GuideProject(fullRoot, projectFile ?? new SourceFile(ProjectFileName, string.Empty), chapters, data, assets, theme)
        {
            LoadDiagnostics = diagnostics,
        };
    }
}

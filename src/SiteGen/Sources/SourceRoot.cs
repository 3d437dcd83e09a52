namespace SiteGen.Sources;

/// <summary>
/// The folder a build may read from (the guide or the theme): its path as given, its real path for
/// containment checks, and how a path below it is shown in a diagnostic.
/// </summary>
internal sealed class SourceRoot
{
    private readonly bool _showRelative;

    private SourceRoot(string fullPath, string realPath, string name, bool showRelative)
    {
        FullPath = fullPath;
        Real = realPath;
        Name = name;
        _showRelative = showRelative;
    }

    public string FullPath { get; }

    /// <summary>The root with every link resolved; everything read must lie below it.</summary>
    public string Real { get; }

    /// <summary>"guide" or "theme", for messages.</summary>
    public string Name { get; }

    /// <summary>The guide: diagnostics name files relative to it, as every other guide diagnostic does.</summary>
    public static SourceRoot Guide(string fullPath) => new(fullPath, RealPath.Of(fullPath) ?? fullPath, "guide", showRelative: true);

    /// <summary>The theme: diagnostics name files by their full path (locations are relative to the guide).</summary>
    public static SourceRoot Theme(string fullPath) => new(fullPath, RealPath.Of(fullPath) ?? fullPath, "theme", showRelative: false);

    public string Display(string fullPath) =>
        _showRelative ? Path.GetRelativePath(FullPath, fullPath).Replace('\\', '/') : fullPath;
}

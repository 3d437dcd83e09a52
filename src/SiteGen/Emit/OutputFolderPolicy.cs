namespace SiteGen.Emit;

/// <summary>
/// Decides whether a folder may be replaced by a build. The build deletes and recreates the output
/// folder, so it refuses anything that holds sources or that it did not create itself.
/// </summary>
public static class OutputFolderPolicy
{
    /// <summary>The file that marks a folder as SiteGen's output, safe to replace.</summary>
    public const string MarkerFile = ".sitegen-output";

    /// <summary>Returns why <paramref name="output"/> must not be written, or null when it may be.</summary>
    public static string? Refusal(string output, string sourceRoot, string themeRoot)
    {
        var full = Normalize(output);
        var source = Normalize(sourceRoot);
        var theme = Normalize(themeRoot);
        if (Path.GetPathRoot(full) is { } root && Path.TrimEndingDirectorySeparator(root) == full)
        {
            return "it is the root of a file system";
        }
        if (full == Normalize(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)))
        {
            return "it is your home folder";
        }
        if (full == source || IsInside(source, full)) return "it contains the source folder";
        if (IsInside(full, source)) return "it is inside the source folder";
        if (full == theme || IsInside(theme, full)) return "it contains the theme folder";
        if (IsInside(full, theme)) return "it is inside the theme folder";
        if (Directory.Exists(Path.Combine(full, ".git"))) return "it is the root of a git repository";
        if (Directory.Exists(full) && !File.Exists(Path.Combine(full, MarkerFile)) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            return "it is not empty and was not written by sitegen (delete it, or choose another folder)";
        }
        return null;
    }

    private static string Normalize(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True when <paramref name="path"/> lies strictly below <paramref name="folder"/>.</summary>
    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}

using SiteGen.Diagnostics;

namespace SiteGen.Sources;

/// <summary>A file found below a source folder: its path relative to that folder (forward slashes) and its real path.</summary>
internal sealed record ContainedFile(string RelativePath, string RealPath);

/// <summary>
/// Lists the files below a folder as sorted, forward-slash relative paths, so loading is deterministic, and
/// keeps every read inside the source root: a link is followed only when its real target lies inside the
/// root (SG1009 otherwise), each real folder is read once (SG1011 for a second way in, which is also how a
/// folder loop ends), and links that loop (SG1010) or dangle (SG1012) are skipped. Hidden entries are skipped.
/// </summary>
internal static class FileEnumerator
{
    public static IReadOnlyList<ContainedFile> Files(string folder, SourceRoot root, bool recursive, List<Diagnostic> diagnostics)
    {
        var files = new List<ContainedFile>();
        if (!Directory.Exists(folder)) return files;
        var realFolder = Resolve(folder, root, diagnostics);
        if (realFolder is null) return files;
        var visited = new HashSet<string>(StringComparer.Ordinal) { realFolder };
        Walk(folder, realFolder, string.Empty);
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;

        void Walk(string shownFolder, string realFolder, string prefix)
        {
            FileSystemInfo[] entries;
            try
            {
                entries = [.. new DirectoryInfo(realFolder).EnumerateFileSystemInfos()
                    .Where(entry => !entry.Name.StartsWith('.'))
                    .OrderBy(entry => entry.Name, StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder without read permission, or nested past the system's path length.
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SourceUnreadable, Location.File(root.Display(shownFolder)), root.Display(shownFolder), e.Message));
                return;
            }
            foreach (var entry in entries)
            {
                var shown = Path.Join(shownFolder, entry.Name);
                var real = entry.LinkTarget is null ? entry.FullName : Resolve(shown, root, diagnostics);
                if (real is null) continue;
                if (Directory.Exists(real))
                {
                    if (!recursive) continue;
                    if (visited.Add(real)) Walk(shown, real, $"{prefix}{entry.Name}/");
                    else diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SourceFolderVisitedTwice, Location.File(root.Display(shown)), root.Display(shown), root.Display(real)));
                }
                else if (File.Exists(real))
                {
                    files.Add(new ContainedFile(prefix + entry.Name, real));
                }
            }
        }
    }

    /// <summary>A path's real path when it lies inside the root; null, with a diagnostic, when it does not.</summary>
    public static string? Resolve(string path, SourceRoot root, List<Diagnostic> diagnostics)
    {
        var shown = root.Display(path);
        try
        {
            var real = RealPath.Of(path);
            if (real is null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SourceLinkBroken, Location.File(shown), shown, new FileInfo(path).LinkTarget));
                return null;
            }
            if (RealPath.IsInside(real, root.Real)) return real;
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SourceOutsideRoot, Location.File(shown), shown, real, root.Name));
            return null;
        }
        catch (IOException)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SourceLinkLoop, Location.File(shown), shown));
            return null;
        }
    }

    /// <summary>The files of a trusted folder (theme layouts) matching <c>*.ext</c>, for hashing; problems are not reported there.</summary>
    public static IEnumerable<string> Files(string folder, string pattern) =>
        Files(folder, SourceRoot.Theme(folder), recursive: true, [])
            .Select(file => file.RelativePath)
            .Where(path => path.EndsWith(pattern.TrimStart('*'), StringComparison.Ordinal));
}

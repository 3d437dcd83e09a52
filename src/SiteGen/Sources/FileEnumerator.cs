namespace SiteGen.Sources;

/// <summary>Lists files below a folder as sorted, forward-slash relative paths, so loading is deterministic.</summary>
internal static class FileEnumerator
{
    public static IEnumerable<string> Files(string root, string pattern = "*")
    {
        if (!Directory.Exists(root)) return [];
        return Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(rel => !rel.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }
}

namespace SiteGen.Emit;

/// <summary>Maps a site path into an output folder, refusing any path that would leave it.</summary>
public static class OutputPath
{
    public static string Resolve(string folder, string sitePath)
    {
        var full = Path.GetFullPath(Path.Combine(folder, sitePath));
        if (!full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{sitePath}' outside the output folder.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}

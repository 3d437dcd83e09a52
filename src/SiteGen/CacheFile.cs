namespace SiteGen;

/// <summary>
/// Writes a cache entry whole under a temporary name, then renames it into place: a build reading the cache at the
/// same moment (another process) sees the old entry or the new one, never half of one. Callers decide what a failure
/// costs; for every cache here it costs only time.
/// </summary>
internal static class CacheFile
{
    public static void Replace(string path, Action<Stream> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var stream = File.Create(temporary)) write(stream);
        File.Move(temporary, path, overwrite: true);
    }

    public static void Replace(string path, byte[] content) => Replace(path, stream => stream.Write(content));
}

namespace SiteGen;

/// <summary>
/// An unexpected failure (a bug in SiteGen, never a problem with the input, which is always reported as a
/// diagnostic) while one source file was being processed; it names the file so a report can reproduce it.
/// </summary>
public sealed class SourceProcessingException(string path, Exception inner)
    : Exception($"while processing {path}: {inner.GetBaseException().Message}", inner)
{
    /// <summary>The file's path relative to the guide folder.</summary>
    public string Path { get; } = path;

    /// <summary>Runs <paramref name="work"/>, wrapping any failure except running out of memory with the file's path.</summary>
    public static T Guard<T>(string path, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not (OutOfMemoryException or SourceProcessingException))
        {
            throw new SourceProcessingException(path, e);
        }
    }
}

namespace SiteGen.Sources;

/// <summary>A text source: its path relative to the guide root (forward slashes) and its content.</summary>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>A content hash, so an unchanged file can reuse its earlier parse.</summary>
    public string ContentHash { get; } = ContentHasher.Hash(Text);

    /// <summary>The file's size on disk, for the size limit (limits.max_file_bytes); 0 for text made in memory.</summary>
    public long ByteCount { get; init; }
}

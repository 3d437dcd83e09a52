namespace SiteGen.Sources;

/// <summary>A text source: its path relative to the guide root (forward slashes) and its content.</summary>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>A content hash, so an unchanged file can reuse its earlier parse.</summary>
    public string ContentHash { get; } = ContentHasher.Hash(Text);
}

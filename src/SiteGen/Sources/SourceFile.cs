using System.Text;

namespace SiteGen.Sources;

/// <summary>A text source: its path relative to the guide root (forward slashes) and its content.</summary>
/// <remarks>
/// Every chapter's text lives for the whole build (it is parsed once to bind and again to render), so it is
/// kept as UTF-8, half the memory of a .NET string for the mostly-ASCII text of a guide (about 120 MB at
/// 10,000 pages), and decoded on each use. Text that would not survive the round trip (a lone surrogate,
/// possible only for text made in memory) is kept as it is.
/// </remarks>
public sealed class SourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[]? _utf8;
    private readonly string? _text;

    public SourceFile(string path, string text)
    {
        Path = path;
        ContentHash = ContentHasher.Hash(text);
        try
        {
            _utf8 = StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            _text = text;
        }
    }

    public string Path { get; }

    public string Text => _text ?? StrictUtf8.GetString(_utf8!);

    /// <summary>A content hash, so an unchanged file can reuse its earlier parse.</summary>
    public string ContentHash { get; }

    /// <summary>The file's size on disk, for the size limit (limits.max_file_bytes); 0 for text made in memory.</summary>
    public long ByteCount { get; init; }
}

using SiteGen.Diagnostics;

namespace SiteGen.Syntax;

/// <summary>guide.yml, parsed: site facts and the ordered table of contents.</summary>
public sealed record ProjectConfig(
    string Title,
    string Description,
    Uri? SiteUrl,
    string BasePath,
    string Language,
    IReadOnlyList<PartConfig> Parts)
{
    /// <summary>Where a chapter's source can be edited: this URL followed by the chapter's path (chapters/x.md).</summary>
    public Uri? EditUrl { get; init; }

    /// <summary>Severity overrides by diagnostic id (from guide.yml's `diagnostics:`); null means "report nothing".</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity?> SeverityOverrides { get; init; } = new Dictionary<string, DiagnosticSeverity?>();

    /// <summary>Source files above this size get a warning (SG1013); guide.yml's `limits: { max_file_bytes: ... }`.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Whether the site has a whole-guide print page (/print/); guide.yml's `print_page: false` turns it off.</summary>
    public bool PrintPage { get; init; } = true;

    public const long DefaultMaxFileBytes = 2 * 1024 * 1024;

    public IEnumerable<ChapterEntry> Chapters => Parts.SelectMany(p => p.Chapters);
}

/// <summary>One part of the table of contents: a heading over an ordered list of chapters.</summary>
public sealed record PartConfig(string Title, IReadOnlyList<ChapterEntry> Chapters);

/// <summary>A chapter named in guide.yml, by file name under chapters/, with where it was named.</summary>
public sealed record ChapterEntry(string FileName, Location Location);

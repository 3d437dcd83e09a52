using SiteGen.Comparison;
using SiteGen.Syntax;

namespace SiteGen.Binding;

/// <summary>A page of the site, bound: where it is published, its place in reading order and its resolved links.</summary>
/// <param name="ResolvedLinks">Each link URL as written in the chapter, mapped to its site path (with #anchor).</param>
public sealed record Page(
    PageKind Kind,
    string SitePath,
    string Title,
    string Description,
    IReadOnlyList<string> Tags,
    IReadOnlyList<TocEntry> Toc,
    ChapterSyntax? Chapter,
    string? PartTitle,
    PageLink? Previous,
    PageLink? Next,
    IReadOnlyDictionary<string, string> ResolvedLinks)
{
    /// <summary>The comparison tables the chapter embeds, keyed by the 0-based line of their fence.</summary>
    public IReadOnlyDictionary<int, ComparisonSelection> Comparisons { get; init; } = new Dictionary<int, ComparisonSelection>();

    public string OutputFile => Binding.SitePath.OutputFile(SitePath);
}

/// <summary>A reference to another page by title and site path (for previous/next and navigation).</summary>
public sealed record PageLink(string Title, string SitePath);

using Markdig.Syntax;
using SiteGen.Comparison;
using SiteGen.Diagnostics;
using SiteGen.Questions;
using SiteGen.Sources;

namespace SiteGen.Syntax;

/// <summary>
/// One parsed chapter: front matter, the Markdig tree, and the facts the binder needs (headings, links),
/// plus the diagnostics found while parsing. Treated as immutable once created.
/// </summary>
public sealed record ChapterSyntax(
    SourceFile Source,
    FrontMatter FrontMatter,
    MarkdownDocument Document,
    IReadOnlyList<HeadingSyntax> Headings,
    IReadOnlyList<LinkSyntax> Links,
    bool HasRawHtml,
    IReadOnlyList<ComparisonBlockSyntax> ComparisonBlocks,
    IReadOnlyList<QuestionSyntax> Questions,
    IReadOnlyList<Suppression> Suppressions,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The file name under chapters/, e.g. flask-routing.md.</summary>
    public string FileName => Path.GetFileName(Source.Path);

    /// <summary>The URL slug: the file name without .md.</summary>
    public string Slug => Path.GetFileNameWithoutExtension(Source.Path);
}

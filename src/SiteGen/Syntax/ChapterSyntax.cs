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
    /// <summary>The path under chapters/, e.g. flask-routing.md or flask/routing.md.</summary>
    public string FileName => Source.Path.StartsWith(ChaptersPrefix, StringComparison.Ordinal) ? Source.Path[ChaptersPrefix.Length..] : Path.GetFileName(Source.Path);

    /// <summary>The URL slug: the path under chapters/ without .md (flask/routing for chapters/flask/routing.md).</summary>
    public string Slug => FileName.EndsWith(".md", StringComparison.Ordinal) ? FileName[..^3] : FileName;

    private const string ChaptersPrefix = GuideProject.ChaptersFolder + "/";
}

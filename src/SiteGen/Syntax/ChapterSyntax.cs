using Markdig.Syntax;
using SiteGen.Comparison;
using SiteGen.Diagnostics;
using SiteGen.Questions;
using SiteGen.Sources;

namespace SiteGen.Syntax;

/// <summary>
/// One parsed chapter: front matter, the facts the binder and the search index need (headings, links,
/// section texts, questions), and the diagnostics found while parsing. Immutable. The Markdig tree itself is
/// not kept: trees are many times the size of their text, so a site of 10,000 pages cannot hold them all;
/// <see cref="ParseDocument"/> parses the same text again when a page is rendered, with the same result.
/// </summary>
public sealed record ChapterSyntax(
    SourceFile Source,
    FrontMatter FrontMatter,
    IReadOnlyList<SectionText> Sections,
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

    /// <summary>The chapter's Markdig tree, parsed again from its text (the same text always gives the same tree).</summary>
    public MarkdownDocument ParseDocument() => ChapterParser.ParseTree(Source);

    private const string ChaptersPrefix = GuideProject.ChaptersFolder + "/";
}

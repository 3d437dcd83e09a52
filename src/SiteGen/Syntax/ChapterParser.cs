using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Comparison;
using SiteGen.Diagnostics;
using SiteGen.Html;
using SiteGen.Questions;
using SiteGen.Sources;
using SiteGen.Syntax.Markdown;

namespace SiteGen.Syntax;

/// <summary>Parses one chapter file; independent of every other file, so chapters parse in parallel.</summary>
public static partial class ChapterParser
{
    public static ChapterSyntax Parse(SourceFile source)
    {
        var diagnostics = new List<Diagnostic>();
        var document = ParseTree(source.Text);
        var frontMatter = FrontMatterParser.Parse(document, source.Path, diagnostics);
        var headings = CollectHeadings(document, source.Path, diagnostics);
        var links = CollectLinks(document, source.Path);
        var hasRawHtml = InspectRawHtml(document, source.Path, diagnostics);
        var comparisons = document.Descendants<FencedCodeBlock>()
            .Where(ComparisonBlockParser.IsComparisonBlock)
            .Select(block => ComparisonBlockParser.Parse(block, source.Path, diagnostics))
            .ToArray();
        var questions = QuestionParser.Parse(document, source.Path, diagnostics);
        return new ChapterSyntax(source, frontMatter, SectionTextExtractor.Extract(document), headings, links, hasRawHtml, comparisons, questions,
            FindSuppressions(source), diagnostics);
    }

    /// <summary>The Markdig tree of a chapter's text: what parsing and rendering both start from.</summary>
    public static MarkdownDocument ParseTree(string text) => Markdig.Markdown.Parse(text, MarkdownPipelineFactory.Shared);

    private static List<HeadingSyntax> CollectHeadings(MarkdownDocument document, string path, List<Diagnostic> diagnostics)
    {
        var headings = new List<HeadingSyntax>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var location = SpanLocation(path, heading.Line, heading.Column, heading.Span);
            if (heading.Level == 1)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.HeadingLevelOne, location));
            }
            var id = heading.GetAttributes().Id ?? string.Empty;
            headings.Add(new HeadingSyntax(heading.Level, id, InlineText.Of(heading.Inline), location));
        }
        return headings;
    }

    /// <summary>
    /// Every URL the chapter writes in markdown: inline links and images, autolinks and reference definitions.
    /// A link that uses a reference definition is checked once, at the definition.
    /// </summary>
    private static List<LinkSyntax> CollectLinks(MarkdownDocument document, string path)
    {
        var links = new List<LinkSyntax>();
        foreach (var node in document.Descendants())
        {
            var link = node switch
            {
                LinkInline { Url: { } url, Reference: null } inline => new LinkSyntax(url, inline.IsImage, SpanLocation(path, inline.Line, inline.Column, inline.Span)),
                AutolinkInline { IsEmail: false } autolink => new LinkSyntax(autolink.Url, false, SpanLocation(path, autolink.Line, autolink.Column, autolink.Span)),
                LinkReferenceDefinition { Url: { } url, Line: >= 0 } definition => new LinkSyntax(url, false, SpanLocation(path, definition.Line, definition.Column, definition.Span)),
                _ => null,
            };
            if (link is not null) links.Add(link);
        }
        return links;
    }

    private static bool InspectRawHtml(MarkdownDocument document, string path, List<Diagnostic> diagnostics)
    {
        var found = false;
        foreach (var node in document.Descendants())
        {
            string? html = node switch
            {
                HtmlBlock block => block.Lines.ToString(),
                HtmlInline inline => inline.Tag,
                _ => null,
            };
            if (html is null) continue;
            found = true;
            foreach (var part in RawHtmlInspector.FindUnsafeParts(html))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnsafeHtmlRemoved,
                    SpanLocation(path, node.Line, node.Column, node.Span), part));
            }
        }
        return found;
    }

    private static List<Suppression> FindSuppressions(SourceFile source)
    {
        var suppressions = new List<Suppression>();
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = SuppressionPattern().Match(lines[i]);
            if (match.Success)
            {
                var ids = match.Groups[1].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
                suppressions.Add(new Suppression(source.Path, i + 2, ids));
            }
        }
        return suppressions;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<!--\s*sitegen-disable-next-line\s+((?:SG\d{4}[\s,]*)+)-->")]
    private static partial System.Text.RegularExpressions.Regex SuppressionPattern();

    /// <summary>Markdig counts lines and columns from 0 (lines from the top of the file, front matter included).</summary>
    private static Location SpanLocation(string path, int line, int column, SourceSpan span)
    {
        var length = Math.Max(span.Length, 1);
        return new Location(path, line + 1, column + 1, line + 1, column + length);
    }
}

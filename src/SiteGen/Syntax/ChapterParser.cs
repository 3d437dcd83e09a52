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
public static class ChapterParser
{
    public static ChapterSyntax Parse(SourceFile source)
    {
        var diagnostics = new List<Diagnostic>();
        var document = Markdig.Markdown.Parse(source.Text, MarkdownPipelineFactory.Shared);
        var frontMatter = FrontMatterParser.Parse(document, source.Path, diagnostics);
        var headings = CollectHeadings(document, source.Path, diagnostics);
        var links = CollectLinks(document, source.Path);
        var hasRawHtml = InspectRawHtml(document, source.Path, diagnostics);
        var comparisons = document.Descendants<FencedCodeBlock>()
            .Where(ComparisonBlockParser.IsComparisonBlock)
            .Select(block => ComparisonBlockParser.Parse(block, source.Path, diagnostics))
            .ToArray();
        var questions = QuestionParser.Parse(document, source.Path, diagnostics);
        return new ChapterSyntax(source, frontMatter, document, headings, links, hasRawHtml, comparisons, questions, diagnostics);
    }

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

    private static List<LinkSyntax> CollectLinks(MarkdownDocument document, string path)
    {
        var links = new List<LinkSyntax>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is null) continue;
            links.Add(new LinkSyntax(link.Url, link.IsImage, SpanLocation(path, link.Line, link.Column, link.Span)));
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

    /// <summary>Markdig counts lines and columns from 0 (lines from the top of the file, front matter included).</summary>
    private static Location SpanLocation(string path, int line, int column, SourceSpan span)
    {
        var length = Math.Max(span.Length, 1);
        return new Location(path, line + 1, column + 1, line + 1, column + length);
    }
}

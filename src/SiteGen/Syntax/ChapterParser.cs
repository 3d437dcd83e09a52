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
using SiteGen.Syntax.Safety;

namespace SiteGen.Syntax;

/// <summary>Parses one chapter file; independent of every other file, so chapters parse in parallel.</summary>
public static partial class ChapterParser
{
    public static ChapterSyntax Parse(SourceFile source)
    {
        var diagnostics = new List<Diagnostic>();
        var (document, lines) = SafeMarkdown.Parse(source, diagnostics);
        var frontMatter = FrontMatterParser.Parse(document, source.Path, diagnostics);
        var headings = CollectHeadings(document, lines, source.Path, diagnostics);
        var links = AuthorUrls.Collect(document, node => lines.Of(source.Path, node.Span));
        var hasRawHtml = InspectRawHtml(document, lines, source.Path, diagnostics);
        var comparisons = document.Descendants<FencedCodeBlock>()
            .Where(ComparisonBlockParser.IsComparisonBlock)
            .Select(block => ComparisonBlockParser.Parse(block, source.Path, diagnostics))
            .ToArray();
        var questions = QuestionParser.Parse(document, source.Path, diagnostics);
        UnclosedBlocks.Report(document, source.Path, diagnostics);
        return new ChapterSyntax(source, frontMatter, SectionTextExtractor.Extract(document), headings, links, hasRawHtml, comparisons, questions,
            FindSuppressions(source), diagnostics);
    }

    /// <summary>
    /// The Markdig tree of a chapter, within the limits, as parsing and rendering both see it. The same text
    /// always gives the same tree, so emit can parse again rather than keep every tree in memory.
    /// </summary>
    public static MarkdownDocument ParseTree(SourceFile source) => SafeMarkdown.Parse(source, []).Document;

    private static List<HeadingSyntax> CollectHeadings(MarkdownDocument document, SourceLines lines, string path, List<Diagnostic> diagnostics)
    {
        var headings = new List<HeadingSyntax>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var location = lines.Of(path, heading.Span);
            if (heading.Level == 1)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.HeadingLevelOne, location));
            }
            var id = heading.GetAttributes().Id ?? string.Empty;
            headings.Add(new HeadingSyntax(heading.Level, id, InlineText.Of(heading.Inline), location));
        }
        return headings;
    }

    private static bool InspectRawHtml(MarkdownDocument document, SourceLines lines, string path, List<Diagnostic> diagnostics)
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
                    lines.Of(path, node.Span), part));
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
}

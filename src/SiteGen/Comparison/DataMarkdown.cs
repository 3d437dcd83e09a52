using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Comparison;

/// <summary>
/// Renders the short markdown texts of data files (verdicts, notes) to HTML. Raw HTML is never
/// rendered: Markdig's DisableHtml writes it as text, and <see cref="FindRawHtml"/> reports it.
/// </summary>
public static class DataMarkdown
{
    private static readonly MarkdownPipeline Safe = new MarkdownPipelineBuilder().UseEmphasisExtras().UseAutoLinks().DisableHtml().Build();
    private static readonly MarkdownPipeline Detect = new MarkdownPipelineBuilder().Build();

    /// <summary>Inline HTML for a one-paragraph text (no wrapping &lt;p&gt;); several paragraphs keep theirs.</summary>
    public static string ToHtml(string markdown)
    {
        var html = Markdown.ToHtml(markdown.Trim(), Safe).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) &&
            html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
        {
            return html[3..^4];
        }
        return html;
    }

    /// <summary>The plain text of a markdown text, for filtering and search.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown.Trim(), Safe).Trim();

    /// <summary>The first raw HTML tag in the text, or null.</summary>
    public static string? FindRawHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Detect);
        var inline = document.Descendants<HtmlInline>().FirstOrDefault();
        if (inline is not null) return inline.Tag;
        var block = document.Descendants<HtmlBlock>().FirstOrDefault();
        return block?.Lines.ToString().Split('\n')[0].Trim();
    }
}

using Markdig;
using Markdig.Renderers;

namespace SiteGen.Syntax.Markdown.RawHtml;

/// <summary>
/// Sanitizes raw HTML where it enters the page: each leaf block that holds inline HTML, and each run of
/// HTML blocks (from one that opens an element to the sibling that closes it), is rendered into a buffer
/// and passed through the content sanitizer before it reaches the page. Markup around it is never re-parsed.
/// </summary>
public sealed class RawHtmlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) RawHtmlFragments.Attach(html);
    }
}

using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Syntax.Markdown.RawHtml;

/// <summary>Writes inline raw HTML as the text the author typed, for channels where HTML is not markup (dataset text).</summary>
public sealed class RawHtmlAsTextInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline inline) => renderer.WriteEscape(inline.Tag);
}

/// <summary>Writes a raw HTML block as a paragraph of the text the author typed.</summary>
public sealed class RawHtmlAsTextBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<p>").WriteEscape(block.Lines.ToString()).WriteLine("</p>");
    }
}

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
        // A text that is only this block sits in a table cell like a one-paragraph text: no <p>.
        var alone = block.Parent is { Count: 1 };
        renderer.EnsureLine();
        if (!alone) renderer.Write("<p>");
        renderer.WriteEscape(block.Lines.ToString());
        if (!alone) renderer.WriteLine("</p>");
    }
}

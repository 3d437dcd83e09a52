using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SiteGen.Syntax.Markdown.ExternalLinks;

/// <summary>Markdig's link and image rendering, with the external-link attributes on links that leave the site.</summary>
public sealed class ExternalLinkInlineRenderer(ExternalLinkPolicy policy) : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (!renderer.EnableHtmlForInline)
        {
            if (!link.IsImage) renderer.WriteChildren(link);
            return;
        }
        renderer.Write(link.IsImage ? "<img src=\"" : "<a href=\"").WriteEscapeUrl(url).Write('"').WriteAttributes(link);
        if (link.IsImage)
        {
            renderer.Write(" alt=\"");
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = true;
            renderer.Write('"');
        }
        if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        if (link.IsImage)
        {
            renderer.Write(" />");
            return;
        }
        policy.WriteAttributes(renderer, url);
        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}

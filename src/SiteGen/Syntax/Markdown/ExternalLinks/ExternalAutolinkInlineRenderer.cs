using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace SiteGen.Syntax.Markdown.ExternalLinks;

/// <summary>Markdig's autolink rendering (&lt;https://…&gt;, bare URLs), with the external-link attributes.</summary>
public sealed class ExternalAutolinkInlineRenderer(ExternalLinkPolicy policy) : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write(link.IsEmail ? "<a href=\"mailto:" : "<a href=\"").WriteEscapeUrl(link.Url).Write('"').WriteAttributes(link);
            if (!link.IsEmail) policy.WriteAttributes(renderer, link.Url);
            renderer.Write('>');
        }
        renderer.WriteEscape(link.Url);
        if (renderer.EnableHtmlForInline) renderer.Write("</a>");
    }
}

using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace SiteGen.Syntax.Markdown.ExternalLinks;

/// <summary>
/// Marks links that leave the site (http and https to another host) with rel="noopener" and the class
/// "external", for links and autolinks alike.
/// </summary>
/// <param name="siteHost">The site's own host (from site_url), whose links are not external; null when unknown.</param>
public sealed class ExternalLinkExtension(string? siteHost = null) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var policy = new ExternalLinkPolicy(siteHost);
        html.ObjectRenderers.Replace<LinkInlineRenderer>(new ExternalLinkInlineRenderer(policy));
        html.ObjectRenderers.Replace<AutolinkInlineRenderer>(new ExternalAutolinkInlineRenderer(policy));
    }
}

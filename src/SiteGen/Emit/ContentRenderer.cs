using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using SiteGen.Syntax.Markdown.RawHtml;
using Markdig.Syntax;
using SiteGen.Security;
using SiteGen.Syntax.Highlighting;
using SiteGen.Syntax.Markdown;
using SiteGen.Syntax.Markdown.ExternalLinks;
using SiteGen.Syntax.Markdown.ScrollRegions;

namespace SiteGen.Emit;

/// <summary>
/// Sets up Markdig's HTML renderer for one page's content: the shared pipeline's extensions (heading
/// anchors, labelled task lists, raw HTML sanitized at its node), highlighted code, the site's external
/// links, and the link rewriter that applies the binder's resolution and, for every other URL, the
/// <see cref="UrlPolicy"/>. Links, autolinks and images all pass the rewriter, so nothing Markdig writes
/// can carry a script URL, whichever channel the markdown came from.
/// </summary>
public static class ContentRenderer
{
    /// <param name="resolvedLinks">Each URL as written, mapped to its site path (from the binder).</param>
    /// <param name="customBlocks">Renders fenced blocks that are not code (a ```comparison table); null means "code".</param>
    public static HtmlRenderer Create(TextWriter writer, PageRenderContext page, IReadOnlyDictionary<string, string> resolvedLinks,
        Func<FencedCodeBlock, string?>? customBlocks = null)
    {
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.ObjectRenderers.Replace<HighlightedCodeBlockRenderer>(new HighlightedCodeBlockRenderer(page.Highlights, customBlocks, page.ScrollRegions));
        renderer.ObjectRenderers.Replace<Markdig.Extensions.Tables.HtmlTableRenderer>(new ScrollableTableRenderer(page.ScrollRegions));
        var external = new ExternalLinkPolicy(page.SiteHost);
        renderer.ObjectRenderers.Replace<ExternalLinkInlineRenderer>(new ExternalLinkInlineRenderer(external));
        renderer.ObjectRenderers.Replace<ExternalAutolinkInlineRenderer>(new ExternalAutolinkInlineRenderer(external));
        renderer.LinkRewriter = url =>
            !resolvedLinks.TryGetValue(url, out var target) ? UrlPolicy.Enforce(url)
            : target == UrlPolicy.InertUrl ? target
            : page.Href(target);
        return renderer;
    }

    /// <summary>
    /// A renderer for dataset text: the same set-up, with raw HTML written as visible text (the dataset
    /// documents it so), never as markup.
    /// </summary>
    public static HtmlRenderer CreateForData(TextWriter writer, PageRenderContext page, IReadOnlyDictionary<string, string> resolvedLinks)
    {
        var renderer = Create(writer, page, resolvedLinks);
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new RawHtmlAsTextInlineRenderer());
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.HtmlBlockRenderer>(new RawHtmlAsTextBlockRenderer());
        return renderer;
    }
}

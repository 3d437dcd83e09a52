using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Syntax.Markdown.HeadingAnchors;

/// <summary>Gives every section heading (h2 and below, with an id) a self-link, written as the heading is.</summary>
public sealed class HeadingAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<HeadingRenderer>(new HeadingAnchorRenderer());
    }
}

using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Syntax.Markdown;

/// <summary>Replaces Markdig's code block renderer with one that highlights at build time.</summary>
public sealed class HighlightedCodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer());
    }
}

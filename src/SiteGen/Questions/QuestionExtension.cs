using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace SiteGen.Questions;

/// <summary>
/// Enables `:::` fenced containers (the block form only: no `::inline::` spans) and renders
/// `::: question` blocks with <see cref="QuestionBlockRenderer"/>.
/// </summary>
public sealed class QuestionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>()) pipeline.BlockParsers.Insert(0, new CustomContainerParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<QuestionBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new QuestionBlockRenderer());
        }
    }
}

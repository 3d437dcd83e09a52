using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;

namespace SiteGen.Syntax.Markdown.TaskLists;

/// <summary>
/// Renders a task item's checkbox inside a &lt;label&gt; that also holds the item's text, so the checkbox
/// has an accessible name (axe: "Form elements must have labels"). Requires Markdig's task lists.
/// </summary>
public sealed class TaskListLabelExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<HtmlTaskListRenderer>(new LabelledTaskListRenderer(html));
    }
}

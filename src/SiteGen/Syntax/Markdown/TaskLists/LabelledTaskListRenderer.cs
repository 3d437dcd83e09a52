using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Syntax.Markdown.TaskLists;

/// <summary>
/// Opens a &lt;label&gt; before the checkbox and closes it after the last inline of the same line of text,
/// which Markdig writes next; the renderer's after-write event tells when that inline is done.
/// </summary>
public sealed class LabelledTaskListRenderer : HtmlObjectRenderer<TaskList>
{
    private readonly HashSet<MarkdownObject> _closeLabelAfter = new(ReferenceEqualityComparer.Instance);

    public LabelledTaskListRenderer(HtmlRenderer renderer)
    {
        renderer.ObjectWriteAfter += (target, written) =>
        {
            if (_closeLabelAfter.Remove(written)) ((HtmlRenderer)target).Write("</label>");
        };
    }

    protected override void Write(HtmlRenderer renderer, TaskList task)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(task.Checked ? "[x]" : "[ ]");
            return;
        }
        var last = task.Parent?.LastChild ?? task;
        renderer.Write("<label>");
        renderer.Write("<input").WriteAttributes(task).Write(" disabled=\"disabled\" type=\"checkbox\"");
        if (task.Checked) renderer.Write(" checked=\"checked\"");
        renderer.Write(" />");
        if (ReferenceEquals(last, task)) renderer.Write("</label>");
        else _closeLabelAfter.Add(last);
    }
}

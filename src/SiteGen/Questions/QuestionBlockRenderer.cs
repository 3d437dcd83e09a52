using System.Globalization;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Questions;

/// <summary>
/// Renders a question where it is taught: the question with its difficulty and framework, and the
/// answer in a &lt;details&gt; element so that it stays hidden until revealed, with or without script.
/// </summary>
public sealed class QuestionBlockRenderer : HtmlObjectRenderer<CustomContainer>
{
    /// <summary>Renders answers open (the print page shows every answer, with or without script).</summary>
    public bool AnswersOpen { get; init; }

    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var question = QuestionParser.Parse(container);
        if (question is null)
        {
            // Invalid blocks fail the build before rendering; keep their content readable anyway.
            renderer.WriteChildren(container);
            return;
        }
        renderer.EnsureLine();
        var (id, difficulty, framework, answerStart) = question.Value;
        WriteQuestion(renderer, id, difficulty, framework, container, answerStart, selfLink: true, answerOpen: AnswersOpen);
    }

    /// <summary>Writes a question block; the question bank uses it too, with a link back instead of a self-link.</summary>
    public static void WriteQuestion(HtmlRenderer renderer, string id, string difficulty, string framework, ContainerBlock container, int answerStart,
        bool selfLink, string? taughtInHref = null, string? taughtInLabel = null, bool answerOpen = false)
    {
        renderer.Write("<div class=\"question\" id=\"").WriteEscape(id).Write("\" data-question=\"").WriteEscape(id)
            .Write("\" data-difficulty=\"").WriteEscape(difficulty).Write("\" data-framework=\"").WriteEscape(framework).Write("\">");
        renderer.Write("<div class=\"question-meta\"><span class=\"question-label\">Interview question</span> ");
        renderer.Write("<span class=\"badge badge-").WriteEscape(difficulty).Write("\">").WriteEscape(Title(difficulty)).Write("</span> ");
        renderer.Write("<span class=\"badge badge-").WriteEscape(framework).Write("\">").WriteEscape(FrameworkLabel(framework)).Write("</span>");
        if (selfLink)
        {
            renderer.Write("<a class=\"question-anchor\" href=\"#").WriteEscape(id).Write("\" aria-label=\"Permalink to this question\">#</a>");
        }
        if (taughtInHref is not null)
        {
            renderer.Write("<a class=\"question-source\" href=\"").WriteEscape(taughtInHref).Write("\">").WriteEscape(taughtInLabel ?? "Where it is taught").Write("</a>");
        }
        renderer.Write("</div>\n<div class=\"question-text\">\n");
        for (var i = 0; i < answerStart - 1; i++) renderer.Write(container[i]);
        renderer.Write(answerOpen ? "</div>\n<details class=\"question-answer\" open>" : "</div>\n<details class=\"question-answer\">")
            .Write("<summary>Show answer</summary>\n<div class=\"question-answer-body\">\n");
        for (var i = answerStart; i < container.Count; i++) renderer.Write(container[i]);
        renderer.Write("</div></details></div>\n");
    }

    private static string Title(string value) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(value);

    public static string FrameworkLabel(string framework) => framework switch
    {
        "flask" => "Flask",
        "django" => "Django",
        _ => "Both",
    };
}

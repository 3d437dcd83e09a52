using System.Net;
using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using SiteGen.Binding;
using SiteGen.Emit;
using SiteGen.Study;
using SiteGen.Syntax.Markdown.HeadingAnchors;

namespace SiteGen.Questions;

/// <summary>
/// Writes the question bank's body: every question grouped by chapter in reading order, each linking
/// back to where it is taught, with its answer in a disclosure. Filters and practice mode are script on
/// top of this markup.
/// </summary>
public static class QuestionBankWriter
{
    public static string Write(SiteModel model, PageRenderContext context)
    {
        var html = new StringBuilder();
        var chapters = model.Chapters.Where(p => p.Chapter!.Questions.Count > 0);
        var questionsById = model.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var partIndexByChapter = StudyOutline.Of(model).PartIndexByChapter();
        foreach (var page in chapters)
        {
            var questions = page.Chapter!.Questions.Where(q => questionsById.TryGetValue(q.Id, out var bound) && ReferenceEquals(bound.Syntax, q)).ToArray();
            if (questions.Length == 0) continue;
            var slug = page.Chapter.Slug;
            html.Append("<section class=\"question-group\" data-chapter=\"").Append(Encode(slug)).Append("\" data-part=\"")
                .Append((partIndexByChapter.TryGetValue(page.SitePath, out var part) ? part : -1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("\" aria-labelledby=\"chapter-")
                .Append(Encode(slug)).Append("\">\n<h2 id=\"chapter-").Append(Encode(slug)).Append("\">").Append(Encode(page.Title)).Append(HeadingAnchor.Html("chapter-" + slug, page.Title)).Append("</h2>\n<ol class=\"question-list\">\n");
            using var writer = new StringWriter();
            var renderer = ChapterHtmlRenderer.CreateRenderer(page, context, model.Comparison, writer);
            // The chapter is parsed again (trees are not kept, see ChapterSyntax); its question blocks are the same.
            var containers = page.Chapter.ParseDocument().Descendants<CustomContainer>()
                .Select(c => (Container: c, Parsed: QuestionParser.Parse(c)))
                .Where(c => c.Parsed is not null)
                .GroupBy(c => c.Parsed!.Value.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Container, StringComparer.Ordinal);
            foreach (var syntax in questions)
            {
                var question = questionsById[syntax.Id];
                renderer.Write("<li>");
                QuestionBlockRenderer.WriteQuestion(renderer, question.Id, question.DifficultyName, question.Framework, containers[syntax.Id], syntax.AnswerStart,
                    selfLink: false, context.RootPrefix + question.SitePath, question.SectionTitle is null ? $"In {page.Title}" : $"In {page.Title} › {question.SectionTitle}");
                renderer.Write("</li>\n");
            }
            writer.Flush();
            html.Append(writer).Append("</ol>\n</section>\n");
        }
        return html.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

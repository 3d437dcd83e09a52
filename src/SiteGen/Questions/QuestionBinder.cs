using SiteGen.Binding;
using SiteGen.Diagnostics;
using SiteGen.Syntax;

namespace SiteGen.Questions;

/// <summary>Collects the questions of every listed chapter in reading order, checking that ids are unique.</summary>
public static class QuestionBinder
{
    public static IReadOnlyList<Question> Bind(IEnumerable<(ChapterSyntax Chapter, string Title)> chapters, List<Diagnostic> diagnostics)
    {
        var questions = new List<Question>();
        var seen = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var (chapter, title) in chapters)
        {
            foreach (var question in chapter.Questions)
            {
                if (seen.TryGetValue(question.Id, out var first))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.QuestionIdDuplicate, question.Location, question.Id, first.ToString()));
                    continue;
                }
                if (chapter.Headings.FirstOrDefault(h => h.Id == question.Id) is { } heading)
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.QuestionIdDuplicate, question.Location, question.Id, $"{heading.Location} (a heading's id)"));
                    continue;
                }
                seen[question.Id] = question.Location;
                questions.Add(new Question(question.Id, question.Difficulty, question.Framework, question.QuestionText, chapter.Slug, title,
                    question.Section?.Text, $"{SitePath.ForChapter(chapter.Slug)}#{question.Id}", question));
            }
        }
        return questions;
    }
}

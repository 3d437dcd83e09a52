namespace SiteGen.Questions;

/// <summary>An interview question bound to its place in the guide: the chapter and section that teach it.</summary>
/// <param name="SitePath">Where the question is taught: the chapter page with the question's anchor.</param>
public sealed record Question(
    string Id,
    Difficulty Difficulty,
    string Framework,
    string Text,
    string ChapterSlug,
    string ChapterTitle,
    string? SectionTitle,
    string SitePath,
    QuestionSyntax Syntax)
{
    public string DifficultyName => Difficulty.ToString().ToLowerInvariant();
}

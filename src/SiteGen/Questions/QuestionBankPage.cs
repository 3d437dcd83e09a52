namespace SiteGen.Questions;

/// <summary>The generated page that lists every question of the guide: /questions/.</summary>
public static class QuestionBankPage
{
    public const string SitePath = "questions/";

    public const string Title = "Question bank";

    public static string Description(IReadOnlyCollection<Question> questions) =>
        $"All {questions.Count} interview questions of the guide, with filters, a printable answer sheet and a practice mode.";
}

using SiteGen.Questions;
namespace SiteGen.Emit.ViewModels;

/// <summary>How many questions the bank holds in total and per filter value, for the filter labels.</summary>
public sealed record QuestionCountsViewModel(int Total, IReadOnlyList<FilterCount> Difficulties, IReadOnlyList<FilterCount> Frameworks)
{
    public static QuestionCountsViewModel Of(IReadOnlyList<Question> questions) =>
        new(questions.Count,
            Enum.GetValues<Difficulty>().Select(d => new FilterCount(d.ToString().ToLowerInvariant(), d.ToString(), questions.Count(q => q.Difficulty == d))).ToArray(),
            QuestionParser.Frameworks.Select(f => new FilterCount(f, QuestionBlockRenderer.FrameworkLabel(f), questions.Count(q => q.Framework == f))).ToArray());
}

/// <summary>One filter value (its attribute value and label) and how many questions have it.</summary>
public sealed record FilterCount(string Value, string Label, int Count);

namespace SiteGen.Emit.ViewModels;

/// <summary>How many questions the bank holds in total and per filter value, for the filter labels.</summary>
public sealed record QuestionCountsViewModel(int Total, IReadOnlyList<FilterCount> Difficulties, IReadOnlyList<FilterCount> Frameworks);

/// <summary>One filter value (its attribute value and label) and how many questions have it.</summary>
public sealed record FilterCount(string Value, string Label, int Count);

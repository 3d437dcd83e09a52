namespace SiteGen.Comparison;

/// <summary>What one comparison table shows: rows, columns and a caption, all resolved against the dataset.</summary>
public sealed record ComparisonSelection(IReadOnlyList<Dimension> Dimensions, IReadOnlyList<Framework> Frameworks, string Caption);

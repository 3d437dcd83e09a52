namespace SiteGen.Comparison;

/// <summary>The generated page that shows the whole dataset, grouped by category: /comparison/.</summary>
public static class ComparisonPage
{
    public const string SitePath = "comparison/";

    public const string Title = "Comparison table";

    public static string Description(ComparisonDataset dataset) =>
        $"{string.Join(" and ", dataset.Frameworks.Select(f => f.Name))} compared on {dataset.Dimensions.Count} dimensions, with notes and official sources.";
}

using SiteGen.Binding;
using SiteGen.Comparison;
using SiteGen.Search;

namespace SiteGen.Print;

/// <summary>
/// The generated review sheet: the comparison's verdicts and the glossary's definitions, short enough for two
/// printed A4 pages: /cheat-sheet/.
/// </summary>
public static class CheatSheetPage
{
    public const string SitePath = "cheat-sheet/";

    public const string Title = "Cheat sheet";

    /// <summary>The page, when the guide has a comparison dataset or a glossary to draw it from.</summary>
    public static Page? For(ComparisonDataset? dataset, IReadOnlyList<Page> chapters)
    {
        var glossary = Glossary(chapters);
        if (dataset is null && glossary is null) return null;
        var toc = new List<TocEntry>();
        if (dataset is not null) toc.Add(new TocEntry(2, ComparisonSectionId, ComparisonHeading(dataset)));
        if (glossary is not null) toc.Add(new TocEntry(2, GlossarySectionId, glossary.Title));
        var description = dataset is null
            ? "The glossary's definitions on one sheet, for review before an interview."
            : $"{string.Join(" and ", dataset.Frameworks.Select(f => f.Name))} side by side on {dataset.Dimensions.Count} topics"
              + (glossary is null ? "" : ", and the glossary's definitions,") + " on one sheet for review before an interview.";
        return new Page(PageKind.CheatSheet, SitePath, Title, description, [], toc, null, SiteBinder.ReferencePart, null, null,
            new Dictionary<string, string>());
    }

    /// <summary>The chapter tagged as the glossary (the same tag search uses to rank definitions), if any.</summary>
    public static Page? Glossary(IEnumerable<Page> chapters) =>
        chapters.FirstOrDefault(c => c.Tags.Contains(SearchDocumentExtractor.GlossaryTag, StringComparer.OrdinalIgnoreCase));

    public static string ComparisonHeading(ComparisonDataset dataset) => $"{string.Join(" vs ", dataset.Frameworks.Select(f => f.Name))} at a glance";

    public const string ComparisonSectionId = "at-a-glance";

    public const string GlossarySectionId = "glossary";
}

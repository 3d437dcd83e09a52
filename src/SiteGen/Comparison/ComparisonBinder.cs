using SiteGen.Diagnostics;
using SiteGen.Syntax;

namespace SiteGen.Comparison;

/// <summary>
/// Binds the comparison dataset to the guide: resolves each dimension's `see` references to chapter
/// sections, and each ```comparison block to the rows and columns it shows.
/// </summary>
public static class ComparisonBinder
{
    /// <param name="resolveSection">Resolves "chapter.md#anchor" to a link, or returns why it cannot.</param>
    public static ComparisonDataset BindSeeReferences(
        ComparisonDataset dataset, Func<string, (SectionLink? Link, string? Error)> resolveSection, List<Diagnostic> diagnostics)
    {
        var dimensions = dataset.Dimensions.Select(dimension =>
        {
            var links = new List<SectionLink>();
            foreach (var see in dimension.See)
            {
                var (link, error) = resolveSection(see.Target);
                if (link is not null) links.Add(link);
                else diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DatasetSeeTargetMissing, see.Location, see.Target, error));
            }
            return dimension with { SeeLinks = links };
        }).ToArray();
        return dataset with { Dimensions = dimensions };
    }

    /// <summary>
    /// Resolves the links written in the dataset's texts as a chapter's are, relative to chapters/ (where the
    /// `see` references point too), so they are checked at their YAML positions and rewritten to page URLs.
    /// </summary>
    public static ComparisonDataset BindTextLinks(ComparisonDataset dataset, Func<IEnumerable<LinkSyntax>, IReadOnlyDictionary<string, string>> resolve) =>
        dataset with { ResolvedLinks = resolve(dataset.Texts.SelectMany(t => t.Links)) };

    /// <summary>The selection of every comparison block in a chapter, keyed by the 0-based line of its fence.</summary>
    public static IReadOnlyDictionary<int, ComparisonSelection> BindBlocks(ChapterSyntax chapter, ComparisonDataset? dataset, List<Diagnostic> diagnostics)
    {
        var selections = new Dictionary<int, ComparisonSelection>();
        foreach (var block in chapter.ComparisonBlocks)
        {
            if (dataset is null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ComparisonDatasetMissing, block.Location));
                continue;
            }
            if (Bind(block, dataset, diagnostics) is { } selection) selections[block.BlockLine] = selection;
        }
        return selections;
    }

    private static ComparisonSelection? Bind(ComparisonBlockSyntax block, ComparisonDataset dataset, List<Diagnostic> diagnostics)
    {
        var dimensions = new List<Dimension>();
        string? caption = block.Caption;
        if (block.Category is { } categoryReference)
        {
            if (dataset.FindCategory(categoryReference.Id) is { } category)
            {
                dimensions.AddRange(dataset.Dimensions.Where(d => d.CategoryId == category.Id));
                caption ??= category.Title;
            }
            else
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ComparisonBlockUnknownId, categoryReference.Location, categoryReference.Id, "category"));
            }
        }
        foreach (var reference in block.Dimensions)
        {
            if (dataset.FindDimension(reference.Id) is { } dimension) dimensions.Add(dimension);
            else diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ComparisonBlockUnknownId, reference.Location, reference.Id, "dimension"));
        }
        var frameworks = new List<Framework>();
        foreach (var reference in block.Frameworks)
        {
            if (dataset.FindFramework(reference.Id) is { } framework) frameworks.Add(framework);
            else diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ComparisonBlockUnknownId, reference.Location, reference.Id, "framework"));
        }
        if (frameworks.Count == 0) frameworks.AddRange(dataset.Frameworks);
        if (dimensions.Count == 0) return null;
        caption ??= string.Join(", ", dimensions.Select(d => d.Title));
        return new ComparisonSelection(dimensions, frameworks, $"{string.Join(" vs ", frameworks.Select(f => f.Name))}: {caption}");
    }
}

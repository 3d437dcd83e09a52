using SiteGen.Diagnostics;

namespace SiteGen.Comparison;

/// <summary>
/// The comparison of the frameworks as data (guide/data/comparison.yaml): frameworks are the columns,
/// dimensions the rows, grouped by category. Texts are markdown, parsed once and rendered by every table that shows them.
/// </summary>
public sealed record ComparisonDataset(
    IReadOnlyList<Framework> Frameworks,
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Dimension> Dimensions)
{
    /// <summary>Every link written in the dataset's texts, mapped to its site path by the binder.</summary>
    public IReadOnlyDictionary<string, string> ResolvedLinks { get; init; } = new Dictionary<string, string>();

    /// <summary>Every text of the dataset, in file order.</summary>
    public IEnumerable<DataText> Texts => Dimensions.SelectMany(d => d.Values.Values).SelectMany(v => v.Note is null ? [v.Verdict] : new[] { v.Verdict, v.Note });

    public const string SourcePath = "data/comparison.yaml";

    public Dimension? FindDimension(string id) => Dimensions.FirstOrDefault(d => d.Id == id);

    public Category? FindCategory(string id) => Categories.FirstOrDefault(c => c.Id == id);

    public Framework? FindFramework(string id) => Frameworks.FirstOrDefault(f => f.Id == id);

    /// <summary>Categories in page order, each with its dimensions in file order.</summary>
    public IEnumerable<(Category Category, IReadOnlyList<Dimension> Dimensions)> ByCategory() =>
        Categories.OrderBy(c => c.Order).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => (c, (IReadOnlyList<Dimension>)Dimensions.Where(d => d.CategoryId == c.Id).ToArray()))
            .Where(g => g.Item2.Count > 0);
}

/// <summary>A framework compared: a column of every table.</summary>
public sealed record Framework(string Id, string Name, string Version, string Homepage);

/// <summary>A group of dimensions, such as "Security".</summary>
public sealed record Category(string Id, string Title, int Order);

/// <summary>One row: a topic on which the frameworks are compared.</summary>
public sealed record Dimension(
    string Id,
    string CategoryId,
    string Title,
    IReadOnlyDictionary<string, DimensionValue> Values,
    IReadOnlyList<SeeReference> See,
    IReadOnlyList<string> Sources,
    Location Location)
{
    /// <summary>The chapter sections that explain this row, filled in by the binder.</summary>
    public IReadOnlyList<SectionLink> SeeLinks { get; init; } = [];
}

/// <summary>A framework's value for one dimension: a short verdict and an optional longer note, both markdown.</summary>
public sealed record DimensionValue(DataText Verdict, DataText? Note)
{
    public string VerdictText => Verdict.PlainText;

    public string NoteText => Note?.PlainText ?? string.Empty;
}

/// <summary>A `see` entry as written (chapter.md#anchor) and where.</summary>
public sealed record SeeReference(string Target, Location Location);

/// <summary>A resolved link to a chapter section: its label and site path.</summary>
public sealed record SectionLink(string Label, string SitePath);

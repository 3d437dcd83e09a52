using SiteGen.Comparison;
using SiteGen.Questions;
using SiteGen.Sources;
using SiteGen.Syntax;

namespace SiteGen.Binding;

/// <summary>The whole site's meaning: settings, every page in reading order, and the navigation.</summary>
public sealed record SiteModel(
    ProjectConfig Config,
    string BasePath,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<NavPart> Navigation,
    IReadOnlyList<AssetFile> Assets,
    ComparisonDataset? Comparison,
    IReadOnlyList<Question> Questions)
{
    public IEnumerable<Page> Chapters => Pages.Where(p => p.Kind == PageKind.Chapter);

    public Page Home => Pages.First(p => p.Kind == PageKind.Index);
}

namespace SiteGen.Emit.ViewModels;

/// <summary>An entry of the page's own table of contents (h2 with its h3 children).</summary>
public sealed record TocItemViewModel(string Id, string Text, IReadOnlyList<TocItemViewModel> Children);

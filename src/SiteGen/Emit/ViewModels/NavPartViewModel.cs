namespace SiteGen.Emit.ViewModels;

/// <summary>A titled group of navigation items, possibly a window of a longer part.</summary>
/// <param name="Href">Where the whole part is listed (its section on the home page).</param>
/// <param name="Count">How many pages the part has in all.</param>
/// <param name="HiddenBefore">Pages of the part not shown before the first item.</param>
/// <param name="HiddenAfter">Pages of the part not shown after the last item.</param>
public sealed record NavPartViewModel(string Title, IReadOnlyList<NavItemViewModel> Items, string Href, int Count, int HiddenBefore, int HiddenAfter);

/// <summary>A navigation item; <see cref="IsCurrent"/> marks the page being rendered.</summary>
public sealed record NavItemViewModel(string Title, string Href, string Description, bool IsCurrent)
{
    /// <summary>On the home page's contents, a chapter's reading time in minutes; null for other pages.</summary>
    public int? ReadingMinutes { get; init; }
}

namespace SiteGen.Emit.ViewModels;

/// <summary>A titled group of navigation items.</summary>
public sealed record NavPartViewModel(string Title, IReadOnlyList<NavItemViewModel> Items);

/// <summary>A navigation item; <see cref="IsCurrent"/> marks the page being rendered.</summary>
public sealed record NavItemViewModel(string Title, string Href, string Description, bool IsCurrent);

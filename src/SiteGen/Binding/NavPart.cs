namespace SiteGen.Binding;

/// <summary>A part of the site navigation: its title and its pages in guide.yml order.</summary>
public sealed record NavPart(string Title, IReadOnlyList<NavEntry> Entries);

/// <summary>One navigation entry: a page's title, site path and one-line description.</summary>
public sealed record NavEntry(string Title, string SitePath, string Description);

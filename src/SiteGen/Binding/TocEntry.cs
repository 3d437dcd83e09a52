namespace SiteGen.Binding;

/// <summary>An entry in a page's table of contents (an h2 or h3).</summary>
public sealed record TocEntry(int Level, string Id, string Text);

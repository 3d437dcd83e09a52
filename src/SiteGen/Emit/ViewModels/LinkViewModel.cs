namespace SiteGen.Emit.ViewModels;

/// <summary>A link a template writes: its text and an href already relative to the current page.</summary>
public sealed record LinkViewModel(string Title, string Href);

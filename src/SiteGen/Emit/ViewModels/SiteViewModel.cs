namespace SiteGen.Emit.ViewModels;

/// <summary>Site-wide facts a template shows on every page.</summary>
public sealed record SiteViewModel(string Title, string Description, string Language, string BasePath, string? SiteUrl, string GeneratorVersion);

namespace SiteGen.Search;

/// <summary>One searchable unit: a chapter section, an interview question or a comparison row.</summary>
/// <param name="Url">Site path with anchor, relative to the site root (flask-fundamentals/#routing).</param>
public sealed record SearchDocument(string Url, string PageTitle, string Heading, string Body);

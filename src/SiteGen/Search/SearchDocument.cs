namespace SiteGen.Search;

/// <summary>One searchable unit: a chapter section, an interview question or a comparison row.</summary>
/// <param name="Url">Site path with anchor, relative to the site root (flask-fundamentals/#routing).</param>
/// <param name="Body">Prose (with inline code): what the excerpt shows.</param>
/// <param name="Code">Code blocks: indexed, weighted below prose, never shown.</param>
/// <param name="IsDefinition">A glossary entry: ranked below the chapter section that explains the term,
/// unless the query asks for a definition.</param>
public sealed record SearchDocument(string Url, string PageTitle, string Heading, string Body, string Code = "", bool IsDefinition = false)
{
    /// <summary>The page the document belongs to: its url without the anchor.</summary>
    public string PageUrl => Url.IndexOf('#') is var hash and >= 0 ? Url[..hash] : Url;
}

namespace SiteGen.Syntax;

/// <summary>A chapter's YAML front matter.</summary>
public sealed record FrontMatter(string Title, string Description, IReadOnlyList<string> Tags)
{
    public static IReadOnlyList<string> Keys { get; } = ["title", "description", "tags"];
}

using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;

namespace SiteGen.Syntax;

/// <summary>
/// The URLs an author writes in a markdown tree, whatever the source (a chapter, a dataset text): inline links
/// and images, autolinks and reference definitions. A link that uses a reference definition is checked once,
/// at the definition. Every one of them goes to the binder, and so through the one URL policy.
/// </summary>
public static class AuthorUrls
{
    /// <param name="locate">Where a node was written, in the file the tree came from.</param>
    public static List<LinkSyntax> Collect(MarkdownDocument document, Func<MarkdownObject, Location> locate)
    {
        var links = new List<LinkSyntax>();
        foreach (var node in document.Descendants())
        {
            var link = node switch
            {
                LinkInline { Url: { } url, Reference: null } inline => new LinkSyntax(url, inline.IsImage, locate(inline)),
                AutolinkInline { IsEmail: false } autolink => new LinkSyntax(autolink.Url, false, locate(autolink)),
                LinkReferenceDefinition { Url: { } url, Line: >= 0 } definition => new LinkSyntax(url, false, locate(definition)),
                _ => null,
            };
            if (link is not null) links.Add(link);
        }
        return links;
    }
}

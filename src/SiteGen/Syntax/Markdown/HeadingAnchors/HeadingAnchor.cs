using System.Net;

namespace SiteGen.Syntax.Markdown.HeadingAnchors;

/// <summary>The self-link every section heading ends with, for markdown headings and generated ones alike.</summary>
public static class HeadingAnchor
{
    /// <summary>The anchor's HTML for a heading with <paramref name="id"/> whose text reads <paramref name="text"/>.</summary>
    public static string Html(string id, string text) =>
        $"<a class=\"heading-anchor\" href=\"#{WebUtility.HtmlEncode(Uri.EscapeDataString(id))}\" aria-label=\"Permalink: {WebUtility.HtmlEncode(text)}\">#</a>";
}

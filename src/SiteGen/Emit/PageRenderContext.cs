using SiteGen.Syntax.Highlighting;
using SiteGen.Syntax.Markdown.ScrollRegions;

namespace SiteGen.Emit;

/// <summary>What rendering one page's content depends on besides its markdown: where the page sits and the build's caches.</summary>
/// <param name="RootPrefix">The relative path from the page's folder to the site root ("", "../", …).</param>
/// <param name="SiteHost">The site's own host (from site_url), whose links are not marked external.</param>
public sealed record PageRenderContext(string RootPrefix, HighlightCache Highlights, string? SiteHost)
{
    /// <summary>Numbers the page's scrollable regions (code, tables) across all its renderers, so each has its own name.</summary>
    public ScrollRegionNames ScrollRegions { get; } = new();
    /// <summary>How a link to a site path is written when not relative to the root (the print page points chapters inside itself).</summary>
    public Func<string, string>? SitePathHref { get; init; }

    /// <summary>The href of a site path (with an optional #anchor) from this page.</summary>
    public string Href(string sitePath) => SitePathHref?.Invoke(sitePath) ?? RootPrefix + sitePath;
}

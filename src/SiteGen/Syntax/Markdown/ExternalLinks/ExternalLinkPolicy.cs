using Markdig.Renderers;

namespace SiteGen.Syntax.Markdown.ExternalLinks;

/// <summary>Decides whether a written href leaves the site, and writes the attributes that say so.</summary>
public sealed class ExternalLinkPolicy(string? siteHost)
{
    public bool IsExternal(string href) =>
        Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" &&
        (siteHost is null || !string.Equals(uri.Host, siteHost, StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes ` rel="noopener" class="external"` for an external href (after the link rewriter ran).</summary>
    public void WriteAttributes(HtmlRenderer renderer, string? url)
    {
        if (url is null) return;
        var href = renderer.LinkRewriter?.Invoke(url) ?? url;
        if (IsExternal(href)) renderer.Write(" rel=\"noopener\" class=\"external\"");
    }
}

using Ganss.Xss;
using SiteGen.Security;

namespace SiteGen.Html;

/// <summary>
/// The policy for HTML that contributors write inside markdown: ordinary markup passes, anything that
/// could run script (script elements, on* handlers, javascript: URLs, forms, frames) does not.
/// Our own generated markup (ids, classes, aria, data-*) must survive it, so those are allowed.
/// </summary>
public static class ContentSanitizer
{
    private static readonly string[] ExtraTags = ["details", "summary", "figure", "figcaption", "mark", "kbd", "abbr"];
    private static readonly string[] ExtraAttributes =
    [
        "id", "class", "role", "open", "tabindex", "scope", "start", "aria-label", "aria-labelledby", "aria-describedby",
        "aria-hidden", "aria-current", "aria-expanded", "aria-controls", "aria-live",
    ];
    private static readonly string[] RemovedTags = ["form", "button", "select", "textarea", "option"];

    /// <summary>A new sanitizer with our policy; instances are cheap and hold per-use event handlers.</summary>
    public static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer { AllowDataAttributes = true };
        foreach (var tag in ExtraTags) sanitizer.AllowedTags.Add(tag);
        foreach (var tag in RemovedTags) sanitizer.AllowedTags.Remove(tag);
        foreach (var attribute in ExtraAttributes) sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowedSchemes.Add("mailto");
        // The sanitizer's own scheme check, then ours, so raw HTML follows the same URL policy as markdown.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is not null && !UrlPolicy.IsAllowed(e.OriginalUrl)) e.SanitizedUrl = null;
        };
        return sanitizer;
    }
}

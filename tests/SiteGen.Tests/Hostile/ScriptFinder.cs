using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Finds what would run script in a rendered page: an <c>on*</c> attribute, a <c>javascript:</c> or
/// <c>vbscript:</c> URL in any attribute (after removing the whitespace and control characters browsers
/// ignore there), or an inline <c>&lt;script&gt;</c>. Shared by the property tests and the fuzz targets.
/// </summary>
public static class ScriptFinder
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A description of the first script found, or null for a page that runs none of its own.</summary>
    public static string? Find(string html)
    {
        foreach (var element in Parser.ParseDocument(html).All)
        {
            if (element.LocalName == "script" && element.GetAttribute("src") is null) return "an inline <script>";
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) return $"<{element.LocalName} {attribute.Name}>";
                var url = string.Concat(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
                if (url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase))
                {
                    return $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">";
                }
            }
        }
        return null;
    }
}

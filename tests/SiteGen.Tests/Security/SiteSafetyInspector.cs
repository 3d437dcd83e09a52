using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Security;

namespace SiteGen.Tests.Security;

/// <summary>
/// Reads every HTML file of a built site and lists what could run script: an on* attribute, a script URL in
/// any attribute (href, src, srcset, action, formaction, xlink:href, poster, data, …), a script element that
/// is not one of the theme's own files, or an element that must never come from content.
/// </summary>
public static class SiteSafetyInspector
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] ForbiddenElements = ["iframe", "object", "embed", "base", "frame", "frameset", "applet", "template"];

    public static IReadOnlyList<string> Problems(string siteFolder)
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(siteFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var page = Path.GetRelativePath(siteFolder, file);
            var document = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.All)
            {
                problems.AddRange(ProblemsOf(element).Select(p => $"{page}: {p}"));
            }
        }
        return problems;
    }

    private static IEnumerable<string> ProblemsOf(IElement element)
    {
        var name = element.LocalName;
        if (name == "script" && !(element.GetAttribute("src") is { } src && IsSiteGensOwnScript(src) && element.TextContent.Length == 0))
        {
            yield return $"<script> that is not the theme's: {Shorten(element.OuterHtml)}";
        }
        if (ForbiddenElements.Contains(name)) yield return $"<{name}> element: {Shorten(element.OuterHtml)}";
        if (name == "meta" && element.GetAttribute("http-equiv") is not null) yield return $"<meta http-equiv>: {Shorten(element.OuterHtml)}";
        if (name == "style") yield return $"<style> element in the page: {Shorten(element.OuterHtml)}";
        foreach (var attribute in element.Attributes)
        {
            var attributeName = attribute.Name.ToLowerInvariant();
            if (attributeName.StartsWith("on", StringComparison.Ordinal)) yield return $"{attributeName} on <{name}>";
            if (attributeName == "srcdoc") yield return $"srcdoc on <{name}>";
            foreach (var url in UrlsIn(attributeName, attribute.Value))
            {
                if (!UrlPolicy.IsAllowed(url)) yield return $"script URL in {attributeName} on <{name}>: {Shorten(url)}";
            }
            if (attributeName == "style" && (attribute.Value.Contains("expression", StringComparison.OrdinalIgnoreCase) ||
                attribute.Value.Contains("javascript", StringComparison.OrdinalIgnoreCase) || attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"style with url() or expression on <{name}>: {Shorten(attribute.Value)}";
            }
        }
    }

    /// <summary>The theme's scripts, and the study data file SiteGen generates (question ids only, which are [a-z0-9-]).</summary>
    private static bool IsSiteGensOwnScript(string src) =>
        src.Contains("static/js/", StringComparison.Ordinal) || src.Contains(SiteGen.Study.StudyDataWriter.SitePath + "?v=", StringComparison.Ordinal);

    /// <summary>The URLs an attribute holds (srcset lists several); text attributes such as title hold none a browser follows.</summary>
    private static IEnumerable<string> UrlsIn(string attribute, string value) => attribute switch
    {
        "href" or "src" or "action" or "formaction" or "xlink:href" or "poster" or "data" or "background" or "cite" or "longdesc" or "usemap" or "codebase" or "manifest" or "icon" => [value],
        "srcset" => value.Split(',').Select(part => part.Trim().Split(' ')[0]),
        _ => [],
    };

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..117] + "...";
}

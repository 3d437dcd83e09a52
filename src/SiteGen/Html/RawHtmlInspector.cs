using System.Globalization;

namespace SiteGen.Html;

/// <summary>
/// Says what the sanitizer would take out of one raw HTML snippet, so the build can warn at the
/// snippet's own location. The emitted page is sanitized as a whole separately; this only explains.
/// </summary>
public static class RawHtmlInspector
{
    public static IReadOnlyList<string> FindUnsafeParts(string html)
    {
        var removed = new List<string>();
        var sanitizer = ContentSanitizer.Create();
        sanitizer.RemovingTag += (_, e) => removed.Add($"element <{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => removed.Add(string.Format(CultureInfo.InvariantCulture,
            "attribute {0}=\"{1}\" on <{2}>", e.Attribute.Name, Shorten(e.Attribute.Value), e.Tag.LocalName));
        sanitizer.RemovingStyle += (_, e) => removed.Add($"style '{e.Style.Name}' on <{e.Tag.LocalName}>");
        sanitizer.RemovingAtRule += (_, _) => removed.Add("a CSS at-rule");
        sanitizer.Sanitize(html);
        return removed;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";
}

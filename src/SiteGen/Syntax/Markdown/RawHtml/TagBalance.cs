using System.Text.RegularExpressions;

namespace SiteGen.Syntax.Markdown.RawHtml;

/// <summary>
/// Counts how many elements a piece of raw HTML leaves open (start tags minus end tags, void and
/// self-closing tags excluded). It only decides how far a sanitized fragment reaches; safety never
/// depends on it, because whatever the fragment holds goes through the sanitizer.
/// </summary>
public static partial class TagBalance
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    public static int Depth(string html)
    {
        var depth = 0;
        foreach (Match tag in TagPattern().Matches(html))
        {
            if (VoidElements.Contains(tag.Groups["name"].Value) || tag.Groups["self"].Success) continue;
            depth += tag.Groups["end"].Success ? -1 : 1;
        }
        return depth;
    }

    [GeneratedRegex(@"<(?<end>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:[^>""']|""[^""]*""|'[^']*')*?(?<self>/)?>", RegexOptions.NonBacktracking)]
    private static partial Regex TagPattern();
}

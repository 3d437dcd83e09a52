using SiteGen.Binding;
using SiteGen.Emit.ViewModels;

namespace SiteGen.Emit;

/// <summary>
/// The navigation one page carries, bounded whatever the size of the site: a small guide shows every
/// chapter; a large one shows every part by title and, in the current page's part, a window of chapters
/// around it. Everything else is one click away on the home page, which lists every chapter by part.
/// </summary>
public static class NavigationWindow
{
    /// <summary>At most this many chapter entries are shown when the whole navigation is shown.</summary>
    public const int FullNavigationLimit = 60;

    /// <summary>Entries shown on each side of the current page in its part, in a large site.</summary>
    public const int WindowRadius = 12;

    public static IReadOnlyList<NavPartViewModel> For(IReadOnlyList<NavPart> parts, Page page, Func<string, string> href)
    {
        var total = parts.Sum(p => p.Entries.Count);
        var result = new NavPartViewModel[parts.Count];
        for (var p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            var current = IndexOf(part, page.SitePath);
            var (first, last) = total <= FullNavigationLimit ? (0, part.Entries.Count - 1)
                : current < 0 ? (0, -1)
                : (Math.Max(0, current - WindowRadius), Math.Min(part.Entries.Count - 1, current + WindowRadius));
            var items = new List<NavItemViewModel>(Math.Max(0, last - first + 1));
            for (var i = first; i <= last; i++)
            {
                var entry = part.Entries[i];
                items.Add(new NavItemViewModel(entry.Title, href(entry.SitePath), entry.Description, i == current));
            }
            result[p] = new NavPartViewModel(part.Title, items, href(string.Empty) + "#" + PartAnchor(p), part.Entries.Count, HiddenBefore: first, HiddenAfter: part.Entries.Count - 1 - Math.Max(last, first - 1));
        }
        return result;
    }

    /// <summary>The home page's full contents: every part with every chapter (one page of the size of the site).</summary>
    /// <param name="readingMinutes">A chapter's reading time by site path; null for pages that are not chapters.</param>
    public static IReadOnlyList<NavPartViewModel> Contents(IReadOnlyList<NavPart> parts, Func<string, string> href, Func<string, int?>? readingMinutes = null) =>
        parts.Select((part, p) => new NavPartViewModel(part.Title,
            part.Entries.Select(e => new NavItemViewModel(e.Title, href(e.SitePath), e.Description, false) { ReadingMinutes = readingMinutes?.Invoke(e.SitePath) }).ToArray(),
            "#" + PartAnchor(p), part.Entries.Count, 0, 0)).ToArray();

    /// <summary>The id of a part's section on the home page.</summary>
    public static string PartAnchor(int partIndex) => "part-" + (partIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int IndexOf(NavPart part, string sitePath)
    {
        for (var i = 0; i < part.Entries.Count; i++)
        {
            if (part.Entries[i].SitePath == sitePath) return i;
        }
        return -1;
    }
}

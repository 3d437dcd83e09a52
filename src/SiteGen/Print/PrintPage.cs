using SiteGen.Binding;
using SiteGen.Syntax;

namespace SiteGen.Print;

/// <summary>
/// The generated page that holds every chapter in reading order, for printing or saving as a PDF: /print/.
/// Cross-links between chapters point inside it (see <see cref="PrintAnchors"/>).
/// </summary>
public static class PrintPage
{
    public const string SitePath = "print/";

    public const string Title = "The whole guide";

    /// <summary>The page, unless guide.yml turns it off or there is no chapter to print.</summary>
    public static Page? For(ProjectConfig config, IReadOnlyList<Page> chapters)
    {
        if (!config.PrintPage || chapters.Count == 0) return null;
        var toc = chapters.Select(c => new TocEntry(2, PrintAnchors.ChapterId(c.SitePath), c.Title)).ToArray();
        return new Page(PageKind.Print, SitePath, Title, $"Every chapter of {config.Title} on one page, in reading order, to print or save as a PDF.",
            [], toc, null, null, null, null, new Dictionary<string, string>());
    }
}

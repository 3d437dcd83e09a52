namespace SiteGen.Print;

/// <summary>
/// Where chapters and their sections are inside the print page. Every chapter's ids are prefixed by its slug
/// (flask-fundamentals--routing), so that ids stay unique when all chapters share one page; a link to a chapter or
/// one of its sections becomes a fragment of the page, and any other site path stays a link to its own page.
/// </summary>
public sealed class PrintAnchors
{
    private readonly HashSet<string> _chapterPaths;
    private readonly string _rootPrefix;

    /// <param name="chapterSitePaths">The site paths of the chapters the page holds.</param>
    /// <param name="rootPrefix">The prefix from the print page back to the site root.</param>
    public PrintAnchors(IEnumerable<string> chapterSitePaths, string rootPrefix)
    {
        _chapterPaths = chapterSitePaths.ToHashSet(StringComparer.Ordinal);
        _rootPrefix = rootPrefix;
    }

    /// <summary>The id of a chapter's article in the print page: its slug.</summary>
    public static string ChapterId(string chapterSitePath) => chapterSitePath.TrimEnd('/');

    /// <summary>The id, in the print page, of an element whose id in its chapter is <paramref name="id"/>.</summary>
    public static string InChapter(string chapterSitePath, string id) => $"{ChapterId(chapterSitePath)}--{id}";

    /// <summary>The href of a site path (with an optional #anchor) from the print page.</summary>
    public string Href(string sitePath)
    {
        var hash = sitePath.IndexOf('#');
        var path = hash < 0 ? sitePath : sitePath[..hash];
        if (!_chapterPaths.Contains(path)) return _rootPrefix + sitePath;
        return hash < 0 || hash == sitePath.Length - 1 ? "#" + ChapterId(path) : "#" + InChapter(path, sitePath[(hash + 1)..]);
    }
}

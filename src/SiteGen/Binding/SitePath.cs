namespace SiteGen.Binding;

/// <summary>
/// Where things live in the output, as paths relative to the site root ("" is the home page,
/// "flask-routing/" a chapter, "static/css/site.css" a file). Links are written relative to the
/// current page so that the site works under any base path and when opened from disk.
/// </summary>
public static class SitePath
{
    public static string ForChapter(string slug) => slug + "/";

    /// <summary>The output file that serves a site path ("flask-routing/" → "flask-routing/index.html").</summary>
    public static string OutputFile(string sitePath) =>
        sitePath.Length == 0 || sitePath.EndsWith('/') ? sitePath + "index.html" : sitePath;

    /// <summary>The prefix that leads from a page's folder back to the site root ("", "../", "../../").</summary>
    public static string RootPrefix(string pageSitePath)
    {
        var depth = pageSitePath.Count(c => c == '/');
        return string.Concat(Enumerable.Repeat("../", depth));
    }
}

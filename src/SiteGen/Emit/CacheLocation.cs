namespace SiteGen.Emit;

/// <summary>
/// Where SiteGen keeps caches between runs (compiled templates, highlighted code, the search index): SITEGEN_CACHE_DIR,
/// else $XDG_CACHE_HOME/sitegen, else the user's cache folder. Deleting it only costs time.
/// </summary>
public static class CacheLocation
{
    public static string Root()
    {
        var configured = Environment.GetEnvironmentVariable("SITEGEN_CACHE_DIR");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "sitegen");
    }

    public static string Templates(string root) => Path.Combine(root, "templates");

    public static string Highlighting(string root) => Path.Combine(root, "highlight");

    /// <summary>The last search index's files, by a hash of its documents.</summary>
    public static string SearchIndex(string root) => Path.Combine(root, "search");

    /// <summary>Theme assets the build derives from the theme's sources (the minified search engine).</summary>
    public static string Assets(string root) => Path.Combine(root, "assets");
}

namespace SiteGen.Emit.Templates;

/// <summary>Where compiled templates are cached between runs: SITEGEN_CACHE_DIR, else the user's cache folder.</summary>
public static class TemplateCacheLocation
{
    public static string Default()
    {
        var configured = Environment.GetEnvironmentVariable("SITEGEN_CACHE_DIR");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "sitegen", "templates");
    }
}

namespace SiteGen.Cli.Commands;

/// <summary>The theme used when --theme is not given: ./theme when the guide has its own, else the one shipped with sitegen.</summary>
public static class DefaultTheme
{
    public static string Folder() =>
        Directory.Exists(Path.Combine("theme", "layouts")) ? "theme" : Path.Combine(AppContext.BaseDirectory, "theme");
}

using SiteGen.Diagnostics;
using SiteGen.Sources;

namespace SiteGen.Cli.Commands;

/// <summary>Loads the guide and theme folders named on the command line; missing folders become diagnostics.</summary>
public static class ProjectLoader
{
    public sealed record Loaded(GuideProject? Project, string GuideRoot, IReadOnlyList<Diagnostic> Diagnostics);

    public static Loaded Load(string source, string theme)
    {
        var guideRoot = Path.GetFullPath(source);
        var diagnostics = new List<Diagnostic>();
        if (!File.Exists(Path.Combine(guideRoot, GuideProject.ProjectFileName)))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SourceFolderMissing, Location.None, source));
        }
        var themeProject = ThemeProject.Load(theme);
        if (themeProject is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ThemeFolderMissing, Location.None, theme));
        }
        return diagnostics.Count > 0 || themeProject is null
            ? new Loaded(null, guideRoot, diagnostics)
            : new Loaded(GuideProject.Load(guideRoot, themeProject), guideRoot, diagnostics);
    }
}

using SiteGen.Emit.Templates;
using SiteGen.Sources;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// One theme renderer for the whole test run: compiling Razor templates costs seconds, and a real
/// process compiles each template once too. Its compiled-template cache lives in the temp folder.
/// </summary>
public static class SharedTheme
{
    private static readonly Lazy<ThemeRenderer> Instance = new(() =>
        ThemeRenderer.Create(ThemeProject.Load(RepositoryPaths.Theme)!, Path.Combine(Path.GetTempPath(), "sitegen-tests-template-cache")));

    public static ThemeRenderer Renderer => Instance.Value;
}

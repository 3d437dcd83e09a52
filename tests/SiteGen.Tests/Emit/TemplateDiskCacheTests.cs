using SiteGen.Emit;
using SiteGen.Emit.Templates;
using SiteGen.Sources;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Emit;

public sealed class TemplateDiskCacheTests
{
    [Fact]
    public void A_second_renderer_loads_compiled_templates_from_disk_and_renders_the_same_bytes()
    {
        using var folder = new TempFolder();
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Text.\n")));
        var theme = ThemeProject.Load(RepositoryPaths.Theme)!;
        var compilation = guide.Compile();

        var first = ThemeRenderer.Create(theme, folder.Path);
        var firstPages = SiteEmitter.RenderAll(compilation, first).Pages;
        var second = ThemeRenderer.Create(theme, folder.Path);
        var secondPages = SiteEmitter.RenderAll(compilation, second).Pages;

        // Every template the second renderer needed came from disk (parallel renders may load one twice).
        var templates = Directory.GetFiles(Path.Combine(RepositoryPaths.Theme, "layouts"), "*.cshtml").Length;
        Assert.Equal(0, first.Cache!.Hits);
        Assert.InRange(second.Cache!.Hits, templates, templates * 2);
        Assert.Equal(firstPages, secondPages);
    }

    [Fact]
    public void A_changed_theme_uses_a_new_cache_folder()
    {
        using var folder = new TempFolder();
        var copy = folder.Combine("theme");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Theme, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(RepositoryPaths.Theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var cacheRoot = folder.Combine("cache");
        ThemeRenderer.Create(ThemeProject.Load(copy)!, cacheRoot).Prepare(["NotFound.cshtml"], p => p);

        File.AppendAllText(Path.Combine(copy, "layouts", "NotFound.cshtml"), "\n@* edited *@\n");
        var edited = ThemeRenderer.Create(ThemeProject.Load(copy)!, cacheRoot);
        edited.Prepare(["NotFound.cshtml"], p => p);

        Assert.Equal(0, edited.Cache!.Hits);
        Assert.Single(Directory.GetDirectories(cacheRoot));
    }
}

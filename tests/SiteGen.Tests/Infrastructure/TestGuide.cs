using SiteGen.Diagnostics;
using SiteGen.Sources;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// A small guide written inline by a test: guide.yml plus chapters, compiled in memory with the real
/// theme. Chapters are listed in one part in the order given unless the test writes its own guide.yml.
/// </summary>
public sealed class TestGuide : IDisposable
{
    private readonly TempFolder _folder = new();

    public string Root => _folder.Combine("guide");

    public static TestGuide With(params (string File, string Text)[] chapters)
    {
        var guide = new TestGuide();
        var listed = string.Join("\n", chapters.Select(c => $"      - {c.File}"));
        guide.Write("guide.yml", $"title: Test Guide\ndescription: A guide written by a test.\nparts:\n  - title: Part One\n    chapters:\n{listed}\n");
        foreach (var (file, text) in chapters) guide.Write($"chapters/{file}", text);
        return guide;
    }

    public TestGuide Write(string relativePath, string text)
    {
        _folder.Write(Path.Combine("guide", relativePath), text);
        return this;
    }

    public string OutputFolder => _folder.Combine("_site");

    public GuideProject Load() =>
        GuideProject.Load(Root, ThemeProject.Load(RepositoryPaths.Theme)!) ?? throw new InvalidOperationException("No guide.yml");

    public SiteCompilation Compile(CompilationOptions? options = null) => SiteCompilation.Create(Load(), options);

    public void Dispose() => _folder.Dispose();

    /// <summary>A chapter with a title and the given body.</summary>
    public static string Chapter(string title, string body) => $"---\ntitle: {title}\n---\n\n{body}";
}

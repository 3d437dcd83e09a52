using SiteGen.Search;
using SiteGen.Emit.Templates;
using SiteGen.Sources;
using SiteGen.Study;

namespace SiteGen.Emit;

/// <summary>
/// The files a build derives from its sources instead of copying them: the study data (every question id by part
/// and chapter) and the minified search engine. They are made once per emit: pages link each with its version (a
/// hash of its content, so browsers never use a stale copy) and the writer writes the same content.
/// </summary>
public sealed class GeneratedAssets
{
    private GeneratedAssets(IReadOnlyList<GeneratedFile> files) => Files = files;

    public IReadOnlyList<GeneratedFile> Files { get; }

    public static GeneratedAssets Of(SiteCompilation compilation, ThemeRenderer theme)
    {
        var files = new List<GeneratedFile> { GeneratedFile.Of(StudyDataWriter.SitePath, StudyDataWriter.Write(compilation.Model)) };
        if (SearchEngineBundle.Of(compilation.Project.Theme.Assets, theme.AssetCache) is { } searchEngine)
        {
            files.Add(GeneratedFile.Of(SearchEngineBundle.OutputPath, searchEngine.Content));
        }
        return new GeneratedAssets(files);
    }
}

/// <param name="Version">The first 8 hex digits of the content's SHA-256, appended to the file's URL as <c>?v=</c>.</param>
public sealed record GeneratedFile(string SitePath, string Content, string Version)
{
    public static GeneratedFile Of(string sitePath, string content) => new(sitePath, content, ContentHasher.Hash(content)[..8]);
}

using SiteGen.Binding;
using SiteGen.Search;
using SiteGen.Sources;
using SiteGen.Study;

namespace SiteGen.Emit;

/// <summary>
/// The files a build derives from its sources instead of copying them, that pages link with a version (a hash of
/// the content, so browsers never use a stale copy): the study data, every question id by part and chapter. They are
/// made once per emit: the pages link them and the writer writes the same content. (The search engine is written
/// with the index, in <see cref="SearchEngineFile"/>, under a name without a version.)
/// </summary>
public sealed class GeneratedAssets
{
    private GeneratedAssets(IReadOnlyList<GeneratedFile> files) => Files = files;

    public IReadOnlyList<GeneratedFile> Files { get; }

    public static GeneratedAssets Of(SiteModel model) => new([GeneratedFile.Of(StudyDataWriter.SitePath, StudyDataWriter.Write(model))]);
}

/// <param name="Version">The first 8 hex digits of the content's SHA-256, appended to the file's URL as <c>?v=</c>.</param>
public sealed record GeneratedFile(string SitePath, string Content, string Version)
{
    public static GeneratedFile Of(string sitePath, string content) => new(sitePath, content, ContentHasher.Hash(content)[..8]);
}

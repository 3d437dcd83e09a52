using SiteGen.Comparison;
using SiteGen.Diagnostics;
using SiteGen.Security;
using SiteGen.Sources;
using SiteGen.Syntax;

namespace SiteGen.Binding;

/// <summary>
/// Turns the links a chapter wrote (other.md#anchor, ../assets/x.png, #local) into site paths,
/// reporting each one that points nowhere at its exact position.
/// </summary>
public sealed class LinkResolver
{
    private readonly IReadOnlyDictionary<string, ChapterSyntax> _chaptersByPath;
    private readonly IReadOnlySet<string> _listedChapterPaths;
    private readonly IReadOnlySet<string> _assetPaths;
    private readonly IReadOnlySet<string> _otherSourcePaths;

    public LinkResolver(
        IReadOnlyDictionary<string, ChapterSyntax> chaptersByPath,
        IReadOnlySet<string> listedChapterPaths,
        IReadOnlySet<string> assetPaths,
        IReadOnlySet<string> otherSourcePaths)
    {
        _chaptersByPath = chaptersByPath;
        _listedChapterPaths = listedChapterPaths;
        _assetPaths = assetPaths;
        _otherSourcePaths = otherSourcePaths;
    }

    /// <summary>Resolves every link of <paramref name="chapter"/>; the map holds only links that change.</summary>
    public IReadOnlyDictionary<string, string> Resolve(ChapterSyntax chapter, List<Diagnostic> diagnostics) =>
        Resolve(chapter.Links, Path.GetDirectoryName(chapter.Source.Path)?.Replace('\\', '/') ?? string.Empty, chapter, diagnostics);

    /// <summary>
    /// Resolves links written outside a chapter (dataset text), relative to <paramref name="folder"/>; a link
    /// to an anchor of the same page is left alone, since such text is shown on several pages.
    /// </summary>
    public IReadOnlyDictionary<string, string> Resolve(IEnumerable<LinkSyntax> links, string folder, List<Diagnostic> diagnostics) =>
        Resolve(links, folder, null, diagnostics);

    private Dictionary<string, string> Resolve(IEnumerable<LinkSyntax> links, string folder, ChapterSyntax? chapter, List<Diagnostic> diagnostics)
    {
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            var target = ResolveOne(folder, chapter, link, diagnostics);
            if (target is not null) resolved[link.Url] = target;
        }
        return resolved;
    }

    /// <summary>The link's site path, <see cref="RemovedLink"/> for a removed link, or null to leave it as written.</summary>
    private string? ResolveOne(string folder, ChapterSyntax? chapter, LinkSyntax link, List<Diagnostic> diagnostics)
    {
        var url = link.Url.Trim();
        if (url.Length == 0) return null;

        if (UrlPolicy.SchemeOf(url) is { } scheme)
        {
            if (UrlPolicy.IsAllowed(url)) return null;
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LinkUnsafeScheme, link.Location, url, scheme));
            return RemovedLink;
        }
        if (url.StartsWith("//", StringComparison.Ordinal)) return null;
        if (url.StartsWith('/'))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LinkRootRelative, link.Location, url));
            return null;
        }

        var hash = url.IndexOf('#');
        var pathPart = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];

        if (pathPart.Length == 0)
        {
            if (chapter is not null && !string.IsNullOrEmpty(anchor) && !HasAnchor(chapter, anchor))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LinkAnchorMissing, link.Location, chapter.FileName, anchor));
            }
            return null;
        }

        var targetPath = Combine(folder, Uri.UnescapeDataString(pathPart));
        if (targetPath is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LinkOutsideSource, link.Location, url));
            return null;
        }

        if (_chaptersByPath.TryGetValue(targetPath, out var target))
        {
            if (!_listedChapterPaths.Contains(targetPath))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LinkToUnlistedChapter, link.Location, pathPart));
                return null;
            }
            if (!string.IsNullOrEmpty(anchor) && !HasAnchor(target, anchor))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LinkAnchorMissing, link.Location, target.FileName, anchor));
            }
            var sitePath = SitePath.ForChapter(target.Slug);
            return string.IsNullOrEmpty(anchor) ? sitePath : $"{sitePath}#{anchor}";
        }
        if (_assetPaths.Contains(targetPath)) return targetPath;

        var descriptor = _otherSourcePaths.Contains(targetPath)
            ? DiagnosticDescriptors.LinkToUnpublishedFile
            : DiagnosticDescriptors.LinkTargetMissing;
        diagnostics.Add(Diagnostic.Create(descriptor, link.Location, pathPart));
        return null;
    }

    /// <summary>
    /// Resolves a section reference written in data (chapter.md or chapter.md#anchor, relative to chapters/)
    /// to a labelled link, or says why it cannot.
    /// </summary>
    public (SectionLink? Link, string? Error) ResolveSection(string reference)
    {
        var hash = reference.IndexOf('#');
        var file = hash < 0 ? reference : reference[..hash];
        var anchor = hash < 0 ? null : reference[(hash + 1)..];
        var path = Combine(GuideProject.ChaptersFolder, file);
        if (path is null || !_chaptersByPath.TryGetValue(path, out var chapter)) return (null, $"there is no chapter '{file}'");
        if (!_listedChapterPaths.Contains(path)) return (null, $"chapter '{file}' is not listed in guide.yml");
        var title = chapter.FrontMatter.Title.Length > 0 ? chapter.FrontMatter.Title : chapter.Slug;
        if (string.IsNullOrEmpty(anchor)) return (new SectionLink(title, SitePath.ForChapter(chapter.Slug)), null);
        var heading = chapter.Headings.FirstOrDefault(h => h.Id == anchor);
        return heading is null
            ? (null, $"'{file}' has no heading with the id '{anchor}'")
            : (new SectionLink($"{title} › {heading.Text}", $"{SitePath.ForChapter(chapter.Slug)}#{anchor}"), null);
    }

    /// <summary>What a removed (unsafe) link's href becomes.</summary>
    public const string RemovedLink = UrlPolicy.InertUrl;

    private static bool HasAnchor(ChapterSyntax chapter, string anchor) =>
        chapter.Headings.Any(h => h.Id == anchor);

    /// <summary>Joins a relative path onto a folder, resolving . and ..; null when it climbs above the root.</summary>
    private static string? Combine(string folder, string relative)
    {
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var segment in relative.Replace('\\', '/').Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(segment);
            }
        }
        return string.Join('/', parts);
    }
}

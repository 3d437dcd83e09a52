using System.Collections.Concurrent;
using System.Text;
using SiteGen.Binding;
using SiteGen.Sources;

namespace SiteGen.Emit;

/// <summary>
/// The pages of the previous render, each with the key of everything it was made from, so that `serve`
/// renders again only the pages a change affects. A page's key covers what the site shows on every page
/// (settings, navigation, theme assets), its own chapter's text and neighbours, and for pages built from data
/// (comparison tables, the question bank) the data they show.
/// </summary>
public sealed class RenderedPageCache
{
    private readonly ConcurrentDictionary<string, (string Key, string Html)> _pages = new(StringComparer.Ordinal);

    /// <summary>How many pages the last render took from the cache, for --verbose and benchmarks.</summary>
    public int Reused => _reused;

    private int _reused;

    public string GetOrRender(string outputFile, string key, Func<string> render)
    {
        if (_pages.TryGetValue(outputFile, out var cached) && cached.Key == key)
        {
            Interlocked.Increment(ref _reused);
            return cached.Html;
        }
        var html = render();
        _pages[outputFile] = (key, html);
        return html;
    }

    public void BeginRender() => _reused = 0;

    /// <summary>The keys of a site's pages for one render.</summary>
    public static Func<Page, string> Keys(SiteModel model, string themeSignature)
    {
        var site = new StringBuilder()
            .Append(model.Config.Title).Append('\0').Append(model.Config.Description).Append('\0').Append(model.Config.SiteUrl)
            .Append('\0').Append(model.BasePath).Append('\0').Append(model.Config.EditUrl).Append('\0').Append(themeSignature).Append('\0');
        foreach (var part in model.Navigation)
        {
            site.Append(part.Title).Append('\0');
            foreach (var entry in part.Entries) site.Append(entry.Title).Append('\0').Append(entry.SitePath).Append('\0').Append(entry.Description).Append('\0');
        }
        var common = ContentHasher.Hash(site.ToString());
        var data = model.Comparison is null ? string.Empty
            : ContentHasher.Hash(string.Join('\0', model.Comparison.Dimensions.Select(d =>
                $"{d.Id}\0{d.Title}\0{string.Join('\0', d.Values.Select(v => $"{v.Key}={v.Value.VerdictHtml}|{v.Value.NoteHtml}"))}\0{string.Join('\0', d.SeeLinks.Select(s => s.Label + s.SitePath))}")));
        var questions = ContentHasher.Hash(string.Join('\0', model.Chapters.Where(c => c.Chapter!.Questions.Count > 0).Select(c => c.Title + c.Chapter!.Source.ContentHash)));
        return page => page.Kind switch
        {
            PageKind.Chapter => $"{common}:{page.Chapter!.Source.ContentHash}:{page.Previous?.Title}:{page.Next?.Title}:{(page.Comparisons.Count > 0 ? data : "")}",
            PageKind.Comparison => $"{common}:{data}",
            PageKind.Questions => $"{common}:{questions}",
            _ => $"{common}:{page.Title}:{page.Description}",
        };
    }
}

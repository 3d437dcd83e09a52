using System.Collections.Concurrent;

namespace SiteGen.Emit;

/// <summary>
/// The pages of the previous render, each with the key of everything it was made from, so that `serve`
/// renders again only the pages a change affects. Keys are made by <see cref="PageRenderer"/> from the values
/// a page is rendered from (its whole view model, its content's inputs and the theme), never listed by hand.
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

    /// <summary>A part of a page (a chapter in the print page): cached like a page, not counted as one.</summary>
    public string GetOrRenderPart(string name, string key, Func<string> render)
    {
        if (_pages.TryGetValue(name, out var cached) && cached.Key == key) return cached.Html;
        var html = render();
        _pages[name] = (key, html);
        return html;
    }

    public void BeginRender() => _reused = 0;
}

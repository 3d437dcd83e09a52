using System.Collections.Concurrent;

namespace SiteGen.Search;

/// <summary>
/// Remembers the tokens of each text, so that a rebuild in `serve` tokenizes only the sections that changed
/// (tokenizing is most of the index build). Safe to share across threads and builds.
/// </summary>
public sealed class SearchTokenCache
{
    private ConcurrentDictionary<string, IReadOnlyList<SearchTerm>> _tokens = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, IReadOnlyList<SearchTerm>> _used = new(StringComparer.Ordinal);

    /// <summary>The terms of every build that used this cache, numbered once for all of them.</summary>
    public SearchTermCache Terms { get; } = new();

    public IReadOnlyList<SearchTerm> Tokenize(string text)
    {
        var tokens = _tokens.GetOrAdd(text, t => SearchTokenizer.Tokenize(t, Terms));
        _used[text] = tokens;
        return tokens;
    }

    /// <summary>Forgets texts the last build did not use, so the cache does not grow with every edit.</summary>
    public void Trim()
    {
        _tokens = _used;
        _used = new ConcurrentDictionary<string, IReadOnlyList<SearchTerm>>(StringComparer.Ordinal);
    }
}

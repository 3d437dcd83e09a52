using System.Collections.Concurrent;

namespace SiteGen.Search;

/// <summary>
/// Remembers the tokens of each text, so that a rebuild in `serve` tokenizes only the sections that changed
/// (tokenizing is most of the index build). Safe to share across threads and builds.
/// </summary>
public sealed class SearchTokenCache
{
    private ConcurrentDictionary<string, IReadOnlyList<string>> _tokens = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, IReadOnlyList<string>> _used = new(StringComparer.Ordinal);
    private readonly SearchTermCache _terms = new();

    public IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = _tokens.GetOrAdd(text, t => SearchTokenizer.Tokenize(t, _terms));
        _used[text] = tokens;
        return tokens;
    }

    /// <summary>Forgets texts the last build did not use, so the cache does not grow with every edit.</summary>
    public void Trim()
    {
        _tokens = _used;
        _used = new ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
    }
}

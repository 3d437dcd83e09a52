using System.Collections.Concurrent;

namespace SiteGen.Search;

/// <summary>
/// The terms one index build has made, keyed by the text they were made from: a word is lowered, checked against
/// the stop words and stemmed once per build rather than once per occurrence, and every occurrence shares one
/// <see cref="SearchTerm"/>, numbered as it is first made. Text follows Zipf's law, so nearly every lookup hits,
/// and a hit reads the word in place (no string is made for it). Thread-safe.
/// </summary>
public sealed class SearchTermCache
{
    private readonly ConcurrentDictionary<string, SearchTerm> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SearchTerm?> _parts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SearchTerm> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SearchTerm?>.AlternateLookup<ReadOnlySpan<char>> _partLookup;
    private readonly ConcurrentDictionary<string, SearchTerm>.AlternateLookup<ReadOnlySpan<char>> _runLookup;
    private int _lastId = -1;

    public SearchTermCache()
    {
        _partLookup = _parts.GetAlternateLookup<ReadOnlySpan<char>>();
        _runLookup = _runs.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>One more than the highest term number given so far: the size of an array indexed by <see cref="SearchTerm.Id"/>.</summary>
    public int Count => Volatile.Read(ref _lastId) + 1;

    /// <summary>Every term made so far, in no particular order.</summary>
    public IEnumerable<SearchTerm> Terms => _terms.Values;

    /// <summary>The term of one part of a run (lowered and stemmed by <paramref name="make"/>), or null for a stop word.</summary>
    public SearchTerm? Part(ReadOnlySpan<char> part, Func<string, string> make)
    {
        if (_partLookup.TryGetValue(part, out var term)) return term;
        var key = part.ToString();
        var text = make(key);
        return _parts.GetOrAdd(key, text.Length == 0 ? null : Term(text));
    }

    /// <summary>The term of a whole run with several parts (lowered, not stemmed).</summary>
    public SearchTerm Run(ReadOnlySpan<char> run)
    {
        if (_runLookup.TryGetValue(run, out var term)) return term;
        var key = run.ToString();
        return _runs.GetOrAdd(key, Term(key.ToLowerInvariant()));
    }

    private SearchTerm Term(string text) =>
        _terms.TryGetValue(text, out var term) ? term : _terms.GetOrAdd(text, t => new SearchTerm(t, Interlocked.Increment(ref _lastId)));
}

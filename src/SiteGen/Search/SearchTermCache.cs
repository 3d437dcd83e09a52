using System.Collections.Concurrent;

namespace SiteGen.Search;

/// <summary>
/// The terms one index build has already made, keyed by the text they were made from: a word is lowered,
/// checked against the stop words and stemmed once per build rather than once per occurrence, and every
/// occurrence shares one string. Text follows Zipf's law, so nearly every lookup hits. Thread-safe.
/// </summary>
public sealed class SearchTermCache
{
    private readonly ConcurrentDictionary<string, string> _parts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _partLookup;
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _runLookup;

    public SearchTermCache()
    {
        _partLookup = _parts.GetAlternateLookup<ReadOnlySpan<char>>();
        _runLookup = _runs.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The term of one part of a run (lowered and stemmed), or "" for a stop word.</summary>
    public string Part(ReadOnlySpan<char> part, Func<string, string> make)
    {
        if (_partLookup.TryGetValue(part, out var term)) return term;
        var key = part.ToString();
        return _parts.GetOrAdd(key, make(key));
    }

    /// <summary>The term of a whole run with several parts (lowered, not stemmed).</summary>
    public string Run(ReadOnlySpan<char> run)
    {
        if (_runLookup.TryGetValue(run, out var term)) return term;
        var key = run.ToString();
        return _runs.GetOrAdd(key, key.ToLowerInvariant());
    }
}

using System.Collections.Concurrent;
using System.Text.Json;
using SiteGen.Sources;

namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// Remembers highlighted code by language and content hash, in memory and (optionally) in one file on disk,
/// so that rebuilding unchanged chapters never loads a TextMate grammar (the costly part of a cold build).
/// Keyed by the tool build: a new highlighter starts a new file.
/// </summary>
public sealed class HighlightCache
{
    private readonly ConcurrentDictionary<string, string> _entries;
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private readonly string? _file;
    private int _added;

    private HighlightCache(string? file, Dictionary<string, string> entries)
    {
        _file = file;
        _entries = new ConcurrentDictionary<string, string>(entries, StringComparer.Ordinal);
    }

    /// <summary>An in-memory cache for this process only.</summary>
    public static HighlightCache InMemory() => new(null, []);

    /// <summary>Loads the cache file for this tool build from <paramref name="folder"/>; a missing or damaged file starts empty.</summary>
    public static HighlightCache Load(string folder)
    {
        var file = Path.Combine(folder, typeof(HighlightCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..16] + ".json");
        try
        {
            if (File.Exists(file))
            {
                var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllBytes(file));
                if (entries is not null) return new HighlightCache(file, entries);
            }
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            // A damaged cache only costs time.
        }
        return new HighlightCache(file, []);
    }

    /// <summary>The highlighted inner HTML of a code block, or null when the language is not highlighted.</summary>
    public string? Highlight(string? language, string code)
    {
        var key = ContentHasher.Hash($"{language}\n{code}");
        _used[key] = true;
        if (_entries.TryGetValue(key, out var cached)) return cached.Length == 0 ? null : cached;
        var html = CodeHighlighter.Shared.TryHighlight(language, code, out var highlighted) ? highlighted : string.Empty;
        _entries[key] = html;
        Interlocked.Increment(ref _added);
        return html.Length == 0 ? null : html;
    }

    /// <summary>Writes the entries this build used, when anything changed; older entries are dropped.</summary>
    public void Save()
    {
        if (_file is null || (_added == 0 && _used.Count == _entries.Count)) return;
        try
        {
            var folder = Path.GetDirectoryName(_file)!;
            Directory.CreateDirectory(folder);
            foreach (var stale in Directory.EnumerateFiles(folder, "*.json").Where(f => f != _file)) File.Delete(stale);
            var kept = _entries.Where(e => _used.ContainsKey(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary();
            CacheFile.Replace(_file, JsonSerializer.SerializeToUtf8Bytes(kept));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}

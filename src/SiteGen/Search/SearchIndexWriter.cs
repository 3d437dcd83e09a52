using System.Text;
using System.Text.Json;
using SiteGen.Sources;

namespace SiteGen.Search;

/// <summary>
/// Writes the index as self-registering .js files (loadable from file:// with a script element): a
/// manifest, one shard per two-letter term prefix, and document chunks, each named with a content hash.
/// </summary>
public static class SearchIndexWriter
{
    public const string Folder = "search";
    public const int ChunkSize = 10;
    public const int ExcerptLength = 1200;

    /// <summary>The files to write, by site path, in a deterministic order.</summary>
    public static IReadOnlyList<(string SitePath, string Content)> Write(SearchIndex index)
    {
        var files = new List<(string, string)>();
        var shards = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var prefix = PrefixLength(index.Documents.Count);
        foreach (var group in index.Postings.GroupBy(p => ShardKey(p.Key, prefix)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Keys drop the shard's prefix, which every term in the shard shares.
            var terms = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (term, postings) in group) terms[term[group.Key.Length..]] = PostingsEncoding.Encode(postings);
            var name = $"t-{group.Key}";
            var file = Named(name, Register(name, JsonSerializer.Serialize(terms)));
            shards[group.Key] = file.Name;
            files.Add(($"{Folder}/{file.Name}", file.Content));
        }

        var chunks = new List<string>();
        for (var start = 0; start < index.Documents.Count; start += ChunkSize)
        {
            var rows = index.Documents.Skip(start).Take(ChunkSize)
                .Select(d => new[] { d.Url, d.PageTitle, d.Heading, d.Body.Length <= ExcerptLength ? d.Body : d.Body[..ExcerptLength] });
            var name = $"d-{start / ChunkSize}";
            var file = Named(name, Register(name, JsonSerializer.Serialize(rows)));
            chunks.Add(file.Name);
            files.Add(($"{Folder}/{file.Name}", file.Content));
        }

        var manifest = JsonSerializer.Serialize(new { version = 2, docs = index.Documents.Count, chunk = ChunkSize, prefix, shards, chunks });
        files.Add(($"{Folder}/manifest.js", Register("manifest", manifest)));
        return files;
    }

    /// <summary>Terms are sharded by their first character in small indexes and their first two in large ones.</summary>
    public static int PrefixLength(int documents) => documents < 5000 ? 1 : 2;

    /// <summary>The shard a term lives in: its first <paramref name="prefix"/> characters.</summary>
    public static string ShardKey(string term, int prefix) => term.Length <= prefix ? term : term[..prefix];

    private static string Register(string name, string json) => $"SiteGenSearch.register({JsonSerializer.Serialize(name)},{json});\n";

    private static (string Name, string Content) Named(string name, string content) =>
        ($"{name}.{ContentHasher.Hash(content)[..8]}.js", content);
}

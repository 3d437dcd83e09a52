using System.Buffers;
using System.Text;
using System.Text.Json;
using SiteGen.Sources;

namespace SiteGen.Search;

/// <summary>
/// Writes the index as self-registering .js files (loadable from file:// with a script element): a
/// manifest, term shards by prefix, range files (the page table with each page's document file, and the length
/// classes of <see cref="RangeSize"/> document numbers; inline in the manifest when there is only one) and one
/// document file per page (every section's anchor, heading and excerpt), each named with a content hash. The
/// manifest stays small at any site size: a query loads only the ranges of the pages it shows, and one file for
/// each page it shows in full. Documents are numbered by <see cref="SearchDocumentLayout"/>, so an edit to one
/// page leaves the other pages' files untouched.
/// </summary>
public static class SearchIndexWriter
{
    public const string Folder = "search";
    public const int Version = 5;
    /// <summary>A page's document numbers start at a multiple of this: it can grow this far without moving the others.</summary>
    public const int BlockSize = 8;
    /// <summary>
    /// Document numbers per range file: the guide's 800 fit in one (about 4 KB); at 10,000 pages a range
    /// holds about 128 pages' rows (about 12 KB), and a query loads one per page it shows at most.
    /// </summary>
    public const int RangeSize = 1024;
    /// <summary>
    /// The start of a section's prose that results show: the dropdown shows 140 characters around the first
    /// match in it. A page's file holds the excerpt of every section, so this decides most of its size
    /// (docs/search.md: 320 characters made a typed query 68 KB at the median, 160 make it 57).
    /// </summary>
    public const int ExcerptLength = 160;

    /// <summary>
    /// Text as it is: the files are scripts loaded by src, never inlined in HTML, so the escaping of
    /// '&lt;', '&amp;' and apostrophes that the default encoder adds (six bytes each) buys nothing.
    /// </summary>
    private static readonly JsonWriterOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public const string ManifestFile = Folder + "/manifest.js";

    /// <summary>The files to write, by site path, in a deterministic order.</summary>
    public static IReadOnlyList<(string SitePath, string Content)> Write(SearchIndex index)
    {
        var files = new List<(string, string)>();
        var layout = SearchDocumentLayout.Of(index.Documents, BlockSize, RangeSize);
        var numbers = layout.Numbers;

        // Encoding and serializing are independent per term, shard and page, and run in parallel: at 1,000 pages
        // the index is built beside the pages' render and finishes after it, on a core the render no longer needs.
        var postings = index.Postings.ToArray();
        var encodings = new string[postings.Length];
        Parallel.For(0, postings.Length, Parallelism.Options, t => encodings[t] = PostingsEncoding.Encode(postings[t].Value, numbers));
        var encoded = new Dictionary<string, string>(postings.Length, StringComparer.Ordinal);
        for (var t = 0; t < postings.Length; t++) encoded[postings[t].Key] = encodings[t];

        var groups = ShardGroups(encoded).ToArray();
        var shardFiles = new (string Name, string Content)[groups.Length];
        Parallel.For(0, groups.Length, Parallelism.Options, g =>
        {
            // Keys drop the shard's prefix, which every term in the shard shares.
            var group = groups[g];
            var terms = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (term, termPostings) in group) terms[term[group.Key.Length..]] = termPostings;
            var name = $"t-{group.Key}";
            shardFiles[g] = (name, Register(name, JsonText(json => WriteStrings(json, terms))));
        });
        var shards = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Length; g++)
        {
            var (file, hash) = Named(shardFiles[g].Name, shardFiles[g].Content);
            shards[groups[g].Key] = hash;
            files.Add(($"{Folder}/{file}", shardFiles[g].Content));
        }

        var byNumber = new SearchDocument?[layout.Size];
        for (var d = 0; d < index.Documents.Count; d++) byNumber[numbers[d]] = index.Documents[d];
        // One file per page, named by its first number: a page shown in full costs one request.
        var pageContents = new string[layout.Pages.Count];
        Parallel.For(0, layout.Pages.Count, Parallelism.Options, p =>
        {
            var page = layout.Pages[p];
            pageContents[p] = Register($"d-{page.First}", JsonText(json =>
            {
                json.WriteStartArray();
                foreach (var document in byNumber.AsSpan(page.First, page.Count))
                {
                    json.WriteStartArray();
                    json.WriteStringValue(Anchor(document!.Url));
                    json.WriteStringValue(document.Heading);
                    json.WriteStringValue(Excerpt(document.Body));
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }));
        });
        var pageFiles = new Dictionary<int, string>();
        for (var p = 0; p < layout.Pages.Count; p++)
        {
            var first = layout.Pages[p].First;
            var (file, hash) = Named($"d-{first}", pageContents[p]);
            pageFiles[first] = hash;
            files.Add(($"{Folder}/{file}", pageContents[p]));
        }

        var meta = Meta(byNumber);
        var pagesByRange = layout.Pages.ToLookup(p => p.First / RangeSize);
        // A site of one range (the guide) carries it in the manifest: one request less for every query.
        var inline = layout.Size <= RangeSize;
        var ranges = new List<string>();
        for (var start = 0; start < layout.Size && !inline; start += RangeSize)
        {
            var (first, end) = (start, Math.Min(layout.Size, start + RangeSize));
            var name = $"p-{start / RangeSize}";
            var content = Register(name, JsonText(json => WriteRange(json, pagesByRange[first / RangeSize], pageFiles, meta[first..end])));
            var (file, hash) = Named(name, content);
            ranges.Add(hash);
            files.Add(($"{Folder}/{file}", content));
        }

        var manifest = JsonText(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteNumber("docs", layout.Size);
            json.WriteNumber("range", RangeSize);
            json.WritePropertyName("shards");
            WriteStrings(json, shards);
            json.WriteStartArray("ranges");
            if (inline) WriteRange(json, layout.Pages, pageFiles, meta);
            foreach (var hash in ranges) json.WriteStringValue(hash);
            json.WriteEndArray();
            json.WriteStartArray("definitions");
            foreach (var (first, count) in DefinitionRuns(byNumber))
            {
                json.WriteStartArray();
                json.WriteNumberValue(first);
                json.WriteNumberValue(count);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
        files.Add((ManifestFile, Register("manifest", manifest)));
        return files;
    }

    /// <summary>
    /// Terms grouped into shards by their first character, or, where that shard would pass
    /// <see cref="ShardBudget"/> characters, by their first two: a query loads a few KB per word, and the
    /// manifest lists a few hundred shards at most. A term's shard is the longer of its keys that exists.
    /// </summary>
    private static IEnumerable<IGrouping<string, KeyValuePair<string, string>>> ShardGroups(Dictionary<string, string> encoded)
    {
        foreach (var letter in encoded.GroupBy(t => t.Key[..1]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (letter.Sum(t => t.Key.Length + t.Value.Length + 6) <= ShardBudget)
            {
                yield return letter;
                continue;
            }
            foreach (var pair in letter.GroupBy(t => t.Key.Length <= 2 ? t.Key : t.Key[..2]).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                yield return pair;
            }
        }
    }

    /// <summary>The largest one-letter shard, in characters, before it is split by two letters.</summary>
    public const int ShardBudget = 8 * 1024;

    /// <summary>
    /// One character per document number: its length class (2·log2 of its text length in 16-character units,
    /// 'a' = 0 … 'z' = 25), uppercase for a definition, '-' for an unused number. Breaks ties for the shorter section.
    /// </summary>
    private static string Meta(SearchDocument?[] byNumber)
    {
        var meta = new StringBuilder(byNumber.Length);
        foreach (var document in byNumber)
        {
            if (document is null)
            {
                meta.Append('-');
                continue;
            }
            var length = document.Heading.Length + document.Body.Length + document.Code.Length;
            var lengthClass = Math.Min(25, (int)Math.Round(2 * Math.Log2(1 + length / 16.0)));
            meta.Append((char)((document.IsDefinition ? 'A' : 'a') + lengthClass));
        }
        return meta.ToString();
    }

    /// <summary>
    /// The definitions' document numbers as [first, count] runs (a glossary page is one run): a query that asks
    /// for a definition lifts them before any range file is loaded.
    /// </summary>
    private static List<(int First, int Count)> DefinitionRuns(SearchDocument?[] byNumber)
    {
        var runs = new List<(int First, int Count)>();
        for (var n = 0; n < byNumber.Length; n++)
        {
            if (byNumber[n] is not { IsDefinition: true }) continue;
            if (runs.Count > 0 && runs[^1].First + runs[^1].Count == n) runs[^1] = runs[^1] with { Count = runs[^1].Count + 1 };
            else runs.Add((n, 1));
        }
        return runs;
    }

    /// <summary>
    /// A range of document numbers: <c>{"pages":[[url, title, first, count, file hash], …], "meta":"…"}</c>, the
    /// pages that start in it and the length classes of its numbers (<see cref="Meta"/>).
    /// </summary>
    private static void WriteRange(Utf8JsonWriter json, IEnumerable<SearchPage> pages, Dictionary<int, string> pageFiles, string meta)
    {
        json.WriteStartObject();
        json.WriteStartArray("pages");
        foreach (var page in pages)
        {
            json.WriteStartArray();
            json.WriteStringValue(page.Url);
            json.WriteStringValue(page.Title);
            json.WriteNumberValue(page.First);
            json.WriteNumberValue(page.Count);
            json.WriteStringValue(pageFiles[page.First]);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteString("meta", meta);
        json.WriteEndObject();
    }

    /// <summary>An object of strings, in the dictionary's order.</summary>
    private static void WriteStrings(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        json.WriteStartObject();
        foreach (var (key, value) in pairs) json.WriteString(key, value);
        json.WriteEndObject();
    }

    /// <summary>
    /// JSON written field by field: the serializer's reflection path (metadata, converters, boxing of anonymous
    /// objects) cost more than the writing, and in a cold process its start-up is paid on the critical path.
    /// </summary>
    private static string JsonText(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Json)) write(json);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The part of a url after its page: "#routing", or "" for the top of the page.</summary>
    private static string Anchor(string url) => url.IndexOf('#') is var hash and >= 0 ? url[hash..] : "";

    private static string Excerpt(string body)
    {
        if (body.Length <= ExcerptLength) return body;
        // Cut at a word boundary, so the snippet never ends inside a word.
        var space = body.LastIndexOf(' ', ExcerptLength);
        return body[..(space > ExcerptLength / 2 ? space : ExcerptLength)];
    }

    /// <summary>The script a file of the index is: it registers its JSON under its name (names are ASCII: t-, d-, p- and a number or prefix).</summary>
    internal static string Register(string name, string json) => $"SiteGenSearch.register({JsonText(w => w.WriteStringValue(name))},{json});\n";

    private static (string File, string Hash) Named(string name, string content)
    {
        var hash = ContentHasher.Hash(content)[..8];
        return ($"{name}.{hash}.js", hash);
    }
}

using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Benchmarks;

/// <summary>
/// Search index figures on the synthetic corpus: build time, total size, and the bytes a first query
/// downloads (the minified engine, the manifest, the shards of its terms, the range files and document chunks
/// of the top 5 results), raw and gzip.
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] Queries = ["request", "session", "blueprint factory extension"];

    /// <param name="browser">Also build the corpus into a site and type the queries in Chromium.</param>
    public static int Run(BenchOptions options, bool browser)
    {
        var repo = Measure.Repository();
        var scratch = Directory.CreateTempSubdirectory("sitegen-search-");
        try
        {
            var guide = Path.Combine(scratch.FullName, "guide");
            SyntheticCorpus.Write(guide, options.Pages);
            var theme = SiteGen.Sources.ThemeProject.Load(Path.Combine(repo, "theme"))!;
            var model = SiteCompilation.Create(SiteGen.Sources.GuideProject.Load(guide, theme)!).Model;

            var clock = Stopwatch.StartNew();
            var documents = SearchDocumentExtractor.Extract(model);
            var extract = clock.Elapsed;
            clock.Restart();
            var index = SearchIndexBuilder.Build(documents);
            var build = clock.Elapsed;
            clock.Restart();
            var files = SearchIndexWriter.Write(index).ToDictionary(f => Path.GetFileName(f.SitePath), f => f.Content);
            var write = clock.Elapsed;

            var indexFiles = files.Where(f => !f.Key.StartsWith("d-", StringComparison.Ordinal)).ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.Pages} pages, {documents.Count} documents, {index.Postings.Count} terms: extract {extract.TotalMilliseconds:0} ms, build {build.TotalMilliseconds:0} ms, write {write.TotalMilliseconds:0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"index (manifest + shards): {indexFiles.Length} files, {Kb(indexFiles.Sum(f => f.Value.Length))} raw, {Kb(indexFiles.Sum(f => Gzip(f.Value)))} gzip; document chunks: {files.Count - indexFiles.Length} files, {Kb(files.Where(f => f.Key.StartsWith("d-", StringComparison.Ordinal)).Sum(f => f.Value.Length))} raw"));
            string[] library = [SearchEngineBundle.Of(theme.Assets)!.Content];
            foreach (var query in Queries)
            {
                var (raw, gzip) = QueryBytes(files, index, query, library);
                Console.WriteLine($"first query \"{query}\": {Kb(raw)} raw, {Kb(gzip)} gzip (engine, manifest, shards, ranges and chunks of the top 5)");
            }
            if (browser) SearchComparison.SearchComparisonBenchmark.RunCorpusAsync(guide, Queries).GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static (long Raw, long Gzip) QueryBytes(Dictionary<string, string> files, SearchIndex index, string query, string[] library)
    {
        var manifest = JsonDocument.Parse(Registered(files["manifest.js"])).RootElement;
        var chunkSize = manifest.GetProperty("chunk").GetInt32();
        var rangeSize = manifest.GetProperty("range").GetInt32();
        var ranges = manifest.GetProperty("ranges");
        var shards = manifest.GetProperty("shards");
        var layout = SearchDocumentLayout.Of(index.Documents, SearchIndexWriter.ChunkSize, SearchIndexWriter.RangeSize);
        var numbers = layout.Numbers;
        var needed = new HashSet<string> { "manifest.js" };
        var scores = new Dictionary<int, double>();
        foreach (var term in SearchTokenizer.Tokenize(query))
        {
            var key = term.Length > 1 && shards.TryGetProperty(term[..2], out _) ? term[..2] : term[..1];
            if (shards.TryGetProperty(key, out var hash)) needed.Add($"t-{key}.{hash.GetString()}.js");
            foreach (var posting in index.Postings.GetValueOrDefault(term) ?? [])
            {
                scores[numbers[posting.Document]] = scores.GetValueOrDefault(numbers[posting.Document]) + Math.Pow(2, (posting.Level - SearchIndexBuilder.MaxLevel) / (double)SearchIndexBuilder.LevelsPerHalving);
            }
        }
        // As the dropdown shows them: the 5 best pages, each with the chunk of its best section.
        var pageStarts = layout.Pages.Select(p => p.First).ToArray();
        var bestOfPage = scores.OrderByDescending(s => s.Value).Select(s => s.Key)
            .DistinctBy(d => Array.BinarySearch(pageStarts, d) is var i && i >= 0 ? i : ~i - 1).Take(5);
        foreach (var document in bestOfPage)
        {
            var range = document / rangeSize;
            var chunk = document / chunkSize;
            var rangeData = ranges[range];
            if (rangeData.ValueKind == JsonValueKind.String) needed.Add($"p-{range}.{rangeData.GetString()}.js");
            if (rangeData.ValueKind == JsonValueKind.String) rangeData = JsonDocument.Parse(Registered(files[$"p-{range}.{rangeData.GetString()}.js"])).RootElement;
            needed.Add($"d-{chunk}.{rangeData.GetProperty("chunks")[chunk - range * rangeSize / chunkSize].GetString()}.js");
        }
        var texts = needed.Select(n => files[n]).Concat(library).ToArray();
        return (texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)), texts.Sum(Gzip));
    }

    /// <summary>The JSON inside SiteGenSearch.register("name",{...});</summary>
    private static string Registered(string file) => file[(file.IndexOf(',', StringComparison.Ordinal) + 1)..file.LastIndexOf(')')];

    private static long Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.Length;
    }

    private static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB");
}

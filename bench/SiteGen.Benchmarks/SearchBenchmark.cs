using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Benchmarks;

/// <summary>
/// Search index figures on the synthetic corpus: build time, total size, and the bytes a first query
/// downloads (the engine file with the manifest, the shards of its terms, the range files of the top 5 pages and
/// the document files of the top 3), raw and gzip.
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
            var written = SearchIndexWriter.Write(index);
            var files = written.ToDictionary(f => Path.GetFileName(f.SitePath), f => f.Content);
            files[Path.GetFileName(SearchEngineFile.SitePath)] = SearchEngineFile.Compose(written, SearchEngineBundle.Of(theme.Assets)!.Content);
            var write = clock.Elapsed;

            var indexFiles = files.Where(f => !f.Key.StartsWith("d-", StringComparison.Ordinal) && f.Key != "engine.js").ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.Pages} pages, {documents.Count} documents, {index.Postings.Count} terms: extract {extract.TotalMilliseconds:0} ms, build {build.TotalMilliseconds:0} ms, write {write.TotalMilliseconds:0} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"index (manifest + shards + ranges): {indexFiles.Length} files, {Kb(indexFiles.Sum(f => f.Value.Length))} raw, {Kb(indexFiles.Sum(f => Gzip(f.Value)))} gzip; document files (one a page): {files.Count(f => f.Key.StartsWith("d-", StringComparison.Ordinal))} files, {Kb(files.Where(f => f.Key.StartsWith("d-", StringComparison.Ordinal)).Sum(f => f.Value.Length))} raw"));
            foreach (var query in Queries)
            {
                var (raw, gzip) = QueryBytes(files, index, query);
                Console.WriteLine($"first query \"{query}\": {Kb(raw)} raw, {Kb(gzip)} gzip (engine file with the manifest, shards, ranges of the top 5 pages, document files of the top 3)");
            }
            if (browser) SearchComparison.SearchComparisonBenchmark.RunCorpusAsync(guide, Queries).GetAwaiter().GetResult();
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static (long Raw, long Gzip) QueryBytes(Dictionary<string, string> files, SearchIndex index, string query)
    {
        var manifest = JsonDocument.Parse(Registered(files["manifest.js"])).RootElement;
        var rangeSize = manifest.GetProperty("range").GetInt32();
        var ranges = manifest.GetProperty("ranges");
        var shards = manifest.GetProperty("shards");
        var layout = SearchDocumentLayout.Of(index.Documents, SearchIndexWriter.BlockSize, SearchIndexWriter.RangeSize);
        var numbers = layout.Numbers;
        var needed = new HashSet<string> { "engine.js" };
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
        // As the dropdown shows them: the 5 best pages (their rows are in the range files), the first 3 in full (one file each).
        var pageStarts = layout.Pages.Select(p => p.First).ToArray();
        var bestPages = scores.OrderByDescending(s => s.Value).Select(s => pageStarts[Array.BinarySearch(pageStarts, s.Key) is var i && i >= 0 ? i : ~i - 1])
            .Distinct().Take(5);
        foreach (var (first, place) in bestPages.Select((first, i) => (first, i)))
        {
            var range = first / rangeSize;
            var rangeData = ranges[range];
            if (rangeData.ValueKind == JsonValueKind.String) needed.Add($"p-{range}.{rangeData.GetString()}.js");
            if (rangeData.ValueKind == JsonValueKind.String) rangeData = JsonDocument.Parse(Registered(files[$"p-{range}.{rangeData.GetString()}.js"])).RootElement;
            var row = rangeData.GetProperty("pages").EnumerateArray().Single(p => p[2].GetInt32() == first);
            if (place < 3) needed.Add($"d-{first}.{row[4].GetString()}.js");
        }
        var texts = needed.Select(n => files[n]).ToArray();
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

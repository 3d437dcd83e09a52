using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Benchmarks;

/// <summary>
/// Search index figures on the synthetic corpus: build time, total size, and the bytes a first query
/// downloads (manifest, the shards of its terms, the document chunks of the top 5 results), raw and gzip.
/// </summary>
public static class SearchBenchmark
{
    public static int Run(BenchOptions options)
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
            var library = new[] { "search-core.js", "search-ui.js" }.Select(f => File.ReadAllText(Path.Combine(repo, "theme", "assets", "js", f))).ToArray();
            foreach (var query in new[] { "request", "session", "blueprint factory extension" })
            {
                var (raw, gzip) = QueryBytes(files, index, query, library);
                Console.WriteLine($"first query \"{query}\": {Kb(raw)} raw, {Kb(gzip)} gzip (manifest, shards, top-5 chunks, search-core.js + search-ui.js)");
            }
            return 0;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static (long Raw, long Gzip) QueryBytes(Dictionary<string, string> files, SearchIndex index, string query, string[] library)
    {
        var manifest = JsonDocument.Parse(files["manifest.js"][(files["manifest.js"].IndexOf(',', StringComparison.Ordinal) + 1)..files["manifest.js"].LastIndexOf(')')]).RootElement;
        var chunkSize = manifest.GetProperty("chunk").GetInt32();
        var chunks = manifest.GetProperty("chunks").EnumerateArray().Select(c => c.GetString()!).ToArray();
        var shards = manifest.GetProperty("shards");
        var numbers = SearchDocumentLayout.Of(index.Documents, SearchIndexWriter.ChunkSize, SearchIndexWriter.RangeSize).Numbers;
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
        foreach (var document in scores.OrderByDescending(s => s.Value).Take(5).Select(s => s.Key)) needed.Add($"d-{document / chunkSize}.{chunks[document / chunkSize]}.js");
        var texts = needed.Select(n => files[n]).Concat(library).ToArray();
        return (texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)), texts.Sum(Gzip));
    }

    private static long Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.Length;
    }

    private static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB");
}

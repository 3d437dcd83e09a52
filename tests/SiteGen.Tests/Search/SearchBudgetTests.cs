using System.Text.Json;
using SiteGen.Search;
using SiteGen.Sources;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>
/// Size budgets of the search index (not timings): what a reader downloads for a first query on a
/// 1,000-page corpus, and the whole index of the real guide. The same budget at 10,000 pages is a
/// benchmark figure (`./build.sh bench search --pages 10000`), not a unit test: it takes minutes. Bytes are transfer bytes: each file
/// gzip-compressed on its own, as static hosts serve them and as Pagefind reports its figures.
/// </summary>
public sealed class SearchBudgetTests
{
    private const int FirstQueryBudget = 150 * 1024;
    /// <summary>
    /// All term shards of the guide, though no reader loads them all: a query loads the shard of each word
    /// (about 3 KB). Finer impact levels and the heading bit (docs/search.md) cost about a quarter more than
    /// the 100 KB of version 2, and many small shards compress less well than 36 large ones.
    /// </summary>
    private const int GuideIndexBudget = 140 * 1024;
    private const int ResultsShown = 5;
    private const int PagesInFull = 3;

    /// <summary>The search engine (minified engine and UI) a first query needs besides the index files.</summary>
    private static long LibraryBytes() => Gzipped(SearchEngineBundle.Of(ThemeProject.Load(RepositoryPaths.Theme)!.Assets)!.Content);

    /// <summary>The size of a text gzip-compressed at the optimal level.</summary>
    public static long Gzipped(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }
        return buffer.Length;
    }

    [Fact]
    public void A_first_one_word_query_on_1000_pages_downloads_under_150_KB()
    {
        var files = SearchIndexWriter.Write(SearchIndexBuilder.Build(SyntheticSearchCorpus.Generate(pages: 1_000))).ToDictionary(f => f.SitePath, f => f.Content);
        var manifest = JsonDocument.Parse(files["search/manifest.js"]["SiteGenSearch.register(\"manifest\",".Length..^3]).RootElement;

        // The worst case: the most common term, whose postings are the longest.
        var (term, shardFile) = MostCommonTerm(files, manifest);
        var shard = JsonDocument.Parse(ShardJson(files["search/" + shardFile])).RootElement;
        var top = PostingsEncoding.Decode(shard.GetProperty(term).GetString()!).OrderByDescending(p => p.Grade).Select(p => p.Document).ToArray();
        var rangeSize = manifest.GetProperty("range").GetInt32();
        var rangeHashes = manifest.GetProperty("ranges").EnumerateArray().Select(c => c.GetString()!).ToArray();
        var rangeFiles = new Dictionary<int, string>();
        // As the dropdown shows them: the best 5 pages (their rows are in the range files), the first 3 in full (one file each).
        var pages = new List<JsonElement>();
        foreach (var document in top)
        {
            var r = document / rangeSize;
            rangeFiles.TryAdd(r, files[$"search/p-{r}.{rangeHashes[r]}.js"]);
            var row = JsonDocument.Parse(ShardJson(rangeFiles[r])).RootElement.GetProperty("pages").EnumerateArray()
                .Single(p => p[2].GetInt32() <= document && document < p[2].GetInt32() + p[3].GetInt32());
            if (!pages.Any(p => p[2].GetInt32() == row[2].GetInt32())) pages.Add(row);
            if (pages.Count == ResultsShown) break;
        }
        var pageFileBytes = pages.Take(PagesInFull).Sum(p => Gzipped(files[$"search/d-{p[2].GetInt32()}.{p[4].GetString()}.js"]));

        var total = Gzipped(files["search/manifest.js"]) + Gzipped(files["search/" + shardFile]) + rangeFiles.Values.Sum(Gzipped) + pageFileBytes + LibraryBytes();

        Assert.True(total < FirstQueryBudget, $"first query for '{term}' downloads {total / 1024.0:0.0} KB");
    }

    [Fact]
    public void The_manifest_holds_no_page_rows_and_no_page_crosses_a_range()
    {
        var files = SearchIndexWriter.Write(SearchIndexBuilder.Build(SyntheticSearchCorpus.Generate(pages: 1_000))).ToDictionary(f => f.SitePath, f => f.Content);
        Assert.DoesNotContain("page-", files["search/manifest.js"], StringComparison.Ordinal);

        // Pages of 1 to 29 sections: blocks of 8 to 32 numbers, which would straddle range boundaries if packed.
        var documents = Enumerable.Range(0, 400).SelectMany(p => Enumerable.Range(0, p * 7 % 29 + 1)
            .Select(s => new SearchDocument($"p{p:D3}/#s{s}", $"Page {p}", $"Section {s}", "Text."))).ToList();
        var layout = SearchDocumentLayout.Of(documents, SearchIndexWriter.BlockSize, SearchIndexWriter.RangeSize);
        Assert.True(layout.Size > 4 * SearchIndexWriter.RangeSize, "the pages span several ranges");
        Assert.All(layout.Pages, page => Assert.Equal(page.First / SearchIndexWriter.RangeSize, (page.First + page.Count - 1) / SearchIndexWriter.RangeSize));
    }

    [Fact]
    public void The_whole_guide_index_is_under_100_KB()
    {
        var project = GuideProject.Load(RepositoryPaths.Guide, ThemeProject.Load(RepositoryPaths.Theme)!)!;
        var compilation = SiteCompilation.Create(project);
        var files = SearchIndexWriter.Write(SearchIndexBuilder.Build(SearchDocumentExtractor.Extract(compilation.Model)));

        var indexBytes = files.Where(f => !Path.GetFileName(f.SitePath).StartsWith("d-", StringComparison.Ordinal)).Sum(f => Gzipped(f.Content));

        Assert.True(indexBytes < GuideIndexBudget, $"the guide's index (manifest and term shards) is {indexBytes / 1024.0:0.0} KB");
    }

    private static (string Term, string Shard) MostCommonTerm(Dictionary<string, string> files, JsonElement manifest)
    {
        var best = ("", "", 0);
        foreach (var shard in manifest.GetProperty("shards").EnumerateObject())
        {
            var file = $"t-{shard.Name}.{shard.Value.GetString()}.js";
            foreach (var term in JsonDocument.Parse(ShardJson(files["search/" + file])).RootElement.EnumerateObject())
            {
                var length = term.Value.GetString()!.Length;
                if (length > best.Item3) best = (term.Name, file, length);
            }
        }
        return (best.Item1, best.Item2);
    }

    /// <summary>The JSON object inside SiteGenSearch.register("t-xx",{...}); (or any other index file).</summary>
    private static string ShardJson(string content) => content[(content.IndexOf(',', StringComparison.Ordinal) + 1)..content.LastIndexOf(')')];
}

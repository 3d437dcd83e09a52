using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

public sealed class SearchIndexTests
{
    private static readonly SearchDocument[] Documents =
    [
        new("routing/", "Routing", "Routing", "How URLs map to views."),
        new("routing/#converters", "Routing", "Converters", "Variable rules with int and path converters, for routing."),
        new("orm/#select_related", "The ORM", "select_related and prefetch_related", "Avoid the N+1 problem with select_related()."),
        new("orm/#raw", "The ORM", "Raw SQL", "Parameters, never string formatting, for routing nothing."),
    ];

    [Fact]
    public void Postings_round_trip_through_the_text_encoding()
    {
        var postings = new List<(int, byte)> { (0, 9), (5, 3), (200, 9), (70_000, 0), (70_001, 9) };

        var encoded = PostingsEncoding.Encode(postings);

        Assert.Equal("9bShRGZd3g0JOZd", encoded);
        Assert.Equal(postings.OrderBy(p => p.Item1), PostingsEncoding.Decode(encoded).OrderBy(p => p.Document));
    }

    [Fact]
    public void Heading_matches_outweigh_body_matches()
    {
        var index = SearchIndexBuilder.Build(Documents);

        var routing = index.Postings["rout"].ToDictionary(p => p.Document, p => p.Level);
        Assert.True(routing[0] > routing[3], "a page titled and headed Routing beats a body mention");
        Assert.True(routing[1] > routing[3], "title match beats a body-only match");
        Assert.Equal([2], index.Postings["select_related"].Select(p => p.Document));
        Assert.Equal(SearchIndexBuilder.MaxLevel, index.Postings.Values.SelectMany(p => p).Max(p => p.Level));
    }

    [Fact]
    public void The_writer_emits_a_manifest_shards_and_chunks_that_register_themselves()
    {
        var files = SearchIndexWriter.Write(SearchIndexBuilder.Build(Documents));

        var manifest = files.Single(f => f.SitePath == "search/manifest.js").Content;
        Assert.StartsWith("SiteGenSearch.register(\"manifest\",", manifest, StringComparison.Ordinal);
        var json = JsonDocument.Parse(manifest["SiteGenSearch.register(\"manifest\",".Length..^3]).RootElement;
        Assert.Equal(4, json.GetProperty("docs").GetInt32());
        Assert.Equal(1, json.GetProperty("prefix").GetInt32());
        var shard = json.GetProperty("shards").GetProperty("r").GetString()!;
        Assert.Matches(@"^t-r\.[0-9a-f]{8}\.js$", shard);
        var shardContent = files.Single(f => f.SitePath == "search/" + shard).Content;
        Assert.Contains("\"out\":", shardContent, StringComparison.Ordinal);
        Assert.Single(json.GetProperty("chunks").EnumerateArray());
    }

    [Fact]
    public void The_same_documents_give_byte_identical_files()
    {
        var first = SearchIndexWriter.Write(SearchIndexBuilder.Build(Documents));
        var second = SearchIndexWriter.Write(SearchIndexBuilder.Build(Documents));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Terms_keep_at_most_the_highest_impact_postings()
    {
        var many = Enumerable.Range(0, SearchIndexBuilder.MaxPostings + 500)
            .Select(i => new SearchDocument($"p{i}/", $"Page {i}", i % 2 == 0 ? "Session handling" : "Other", "session " + new string('x', i % 7)))
            .ToArray();

        var postings = SearchIndexBuilder.Build(many).Postings["session"];

        Assert.Equal(SearchIndexBuilder.MaxPostings, postings.Count);
        Assert.Equal(postings.OrderBy(p => p.Document), postings);
        Assert.True(postings.Count(p => p.Document % 2 == 0) > postings.Count / 2, "heading matches are the ones kept");
    }
}

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
        var postings = new List<SearchPosting> { new(0, 47, true), new(5, 3, false), new(200, 47, true), new(70_000, 0, false), new(70_001, 47, true) };

        var encoded = PostingsEncoding.Encode(postings);

        Assert.Equal("95bShRGZd06g00JOZd", encoded);
        Assert.Equal(postings.OrderBy(p => p.Document), PostingsEncoding.Decode(encoded).OrderBy(p => p.Document));
    }

    [Fact]
    public void Heading_matches_outweigh_body_matches()
    {
        var index = SearchIndexBuilder.Build(Documents);

        var routing = index.Postings["rout"].ToDictionary(p => p.Document);
        Assert.True(routing[0].Level > routing[3].Level, "a page titled and headed Routing beats a body mention");
        Assert.True(routing[1].Level > routing[3].Level, "title match beats a body-only match");
        Assert.True(routing[0].InHeading);
        Assert.False(routing[1].InHeading);
        Assert.Equal([2], index.Postings["select_related"].Select(p => p.Document));
        Assert.Equal(SearchIndexBuilder.MaxLevel, index.Postings.Values.SelectMany(p => p).Max(p => p.Level));
    }

    [Fact]
    public void Code_counts_less_than_prose_and_glossary_entries_less_than_chapters()
    {
        SearchDocument[] documents =
        [
            new("orm/#joins", "The ORM", "Joins", "Use select_related for foreign keys.", "Book.objects.all()"),
            new("orm/#code", "The ORM", "Examples", "Some examples.", "Book.objects.select_related('author')"),
            new("glossary/#select_related", "Glossary", "Joins", "Use select_related for foreign keys.", "Book.objects.all()", IsDefinition: true),
        ];

        var postings = SearchIndexBuilder.Build(documents).Postings["select_related"].ToDictionary(p => p.Document, p => p.Level);

        Assert.True(postings[0] > postings[1], "prose outweighs code");
        Assert.True(postings[0] > postings[2], "the chapter section outranks the same text in the glossary");
    }

    [Fact]
    public void The_writer_emits_a_manifest_shards_and_page_files_that_register_themselves()
    {
        var files = SearchIndexWriter.Write(SearchIndexBuilder.Build(Documents));

        var manifest = files.Single(f => f.SitePath == "search/manifest.js").Content;
        Assert.StartsWith("SiteGenSearch.register(\"manifest\",", manifest, StringComparison.Ordinal);
        var json = JsonDocument.Parse(manifest["SiteGenSearch.register(\"manifest\",".Length..^3]).RootElement;
        Assert.Equal(SearchIndexWriter.Version, json.GetProperty("version").GetInt32());
        var hash = json.GetProperty("shards").GetProperty("r").GetString()!;
        Assert.Matches("^[0-9a-f]{8}$", hash);
        var shardContent = files.Single(f => f.SitePath == $"search/t-r.{hash}.js").Content;
        Assert.Contains("\"out\":", shardContent, StringComparison.Ordinal);
        // The page table (with each page's file) and length classes are in ranges; the only range of a small site is inline.
        Assert.False(json.TryGetProperty("pages", out _));
        var rangeJson = Assert.Single(json.GetProperty("ranges").EnumerateArray());
        Assert.DoesNotContain(files, f => f.SitePath.StartsWith("search/p-", StringComparison.Ordinal));
        // Pages in url order, each in a block of its own: orm/ holds 0-1, routing/ 8-9; one file each, named by its first number.
        var pages = rangeJson.GetProperty("pages").EnumerateArray().Select(p => (p[0].GetString(), p[1].GetString(), p[2].GetInt32(), p[3].GetInt32(), p[4].GetString()!)).ToArray();
        Assert.Equal([("orm/", "The ORM", 0, 2), ("routing/", "Routing", 8, 2)], pages.Select(p => (p.Item1, p.Item2, p.Item3, p.Item4)));
        var routing = files.Single(f => f.SitePath == $"search/d-8.{pages[1].Item5}.js").Content;
        Assert.Equal("""SiteGenSearch.register("d-8",[["","Routing","How URLs map to views."],["#converters","Converters","Variable rules with int and path converters, for routing."]]);""" + "\n", routing);
        Assert.Equal(16, rangeJson.GetProperty("meta").GetString()!.Length);
    }

    [Fact]
    public void The_engine_file_sets_the_manifest_before_the_search_code_runs()
    {
        const string code = "window.SiteGenSearchCore = {};";
        var files = SearchIndexWriter.Write(SearchIndexBuilder.Build(Documents));

        var manifest = files.Single(f => f.SitePath == "search/manifest.js").Content["SiteGenSearch.register(\"manifest\",".Length..^3];
        Assert.Equal($"window.SiteGenSearchFiles={{\"manifest\":{manifest}}};\n{code}", SearchEngineFile.Compose(files, code));
    }

    [Fact]
    public void Editing_one_page_leaves_the_files_of_the_others_as_they_were()
    {
        var before = SearchIndexWriter.Write(SearchIndexBuilder.Build(Documents)).Select(f => f.SitePath).ToHashSet();
        SearchDocument[] edited = [.. Documents[..3], Documents[3] with { Body = "Parameters, never string formatting." }, new("orm/#more", "The ORM", "More", "Another section.")];

        var after = SearchIndexWriter.Write(SearchIndexBuilder.Build(edited)).Select(f => f.SitePath).ToHashSet();

        var changedPages = after.Except(before).Where(f => f.StartsWith("search/d-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["search/d-0"], changedPages.Select(f => f[..f.IndexOf('.', StringComparison.Ordinal)]));
    }

    [Fact]
    public void The_same_documents_give_byte_identical_files()
    {
        var first = SearchIndexWriter.Write(SearchIndexBuilder.Build(Documents));
        var second = SearchIndexWriter.Write(SearchIndexBuilder.Build(Documents));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Serve_rebuilding_with_its_token_cache_writes_the_files_a_fresh_build_writes()
    {
        // serve numbers terms once for all its rebuilds: after an edit, terms of the old text are still numbered but
        // in no document, and the index must not show them.
        var tokens = new SearchTokenCache();
        SearchIndexBuilder.Build(Documents, tokens);
        SearchDocument[] edited = [.. Documents[..3], Documents[3] with { Heading = "Raw queries", Body = "Placeholders keep values out of the SQL." }];

        var rebuilt = SearchIndexWriter.Write(SearchIndexBuilder.Build(edited, tokens));

        Assert.Equal(SearchIndexWriter.Write(SearchIndexBuilder.Build(edited)), rebuilt);
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

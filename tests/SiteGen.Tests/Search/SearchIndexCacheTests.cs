using SiteGen.Search;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>The last index's files kept on disk by a hash of the tool build and of every search document.</summary>
public sealed class SearchIndexCacheTests
{
    private static readonly SearchDocument[] Documents =
    [
        new("flask/#routing", "Flask", "Routing", "Flask maps URLs to views with the route decorator.", "@app.route('/')"),
        new("django/#urls", "Django", "URL patterns", "Django lists URL patterns in urls.py."),
        new("glossary/#wsgi", "Glossary", "WSGI", "The Web Server Gateway Interface.", IsDefinition: true),
    ];

    private static IReadOnlyList<(string SitePath, string Content)> Index(IReadOnlyList<SearchDocument> documents) =>
        SearchIndexWriter.Write(SearchIndexBuilder.Build(documents));

    [Fact]
    public void The_same_documents_are_read_back_without_building_and_give_the_same_files()
    {
        using var scratch = new TempFolder();
        var builds = 0;
        var first = new SearchIndexCache(scratch.Path).GetOrBuild(Documents, () => { builds++; return Index(Documents); });
        var second = new SearchIndexCache(scratch.Path).GetOrBuild(Documents, () => { builds++; return Index(Documents); });

        Assert.Equal(1, builds);
        Assert.Equal(first, second);
        Assert.Equal(Index(Documents), second);
    }

    [Theory]
    [InlineData(0, "Body")]
    [InlineData(1, "Heading")]
    [InlineData(2, "Definition")]
    public void A_change_to_any_document_builds_again_and_replaces_the_entry(int changed, string field)
    {
        using var scratch = new TempFolder();
        var cache = new SearchIndexCache(scratch.Path);
        cache.GetOrBuild(Documents, () => Index(Documents));
        var edited = Documents.ToArray();
        edited[changed] = field switch
        {
            "Body" => edited[changed] with { Body = edited[changed].Body + " Blueprints group them." },
            "Heading" => edited[changed] with { Heading = "URL routing" },
            _ => edited[changed] with { IsDefinition = false },
        };

        var builds = 0;
        var files = cache.GetOrBuild(edited, () => { builds++; return Index(edited); });

        Assert.Equal(1, builds);
        Assert.Equal(Index(edited), files);
        Assert.Single(Directory.GetFiles(scratch.Path));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-1)]
    public void A_damaged_entry_is_built_again(int keptBytes)
    {
        using var scratch = new TempFolder();
        new SearchIndexCache(scratch.Path).GetOrBuild(Documents, () => Index(Documents));
        var entry = Assert.Single(Directory.GetFiles(scratch.Path));
        var bytes = File.ReadAllBytes(entry);
        // Cut short, or with bytes left over at the end.
        File.WriteAllBytes(entry, keptBytes >= 0 ? bytes[..keptBytes] : [.. bytes, 1, 2, 3]);

        var builds = 0;
        var files = new SearchIndexCache(scratch.Path).GetOrBuild(Documents, () => { builds++; return Index(Documents); });

        Assert.Equal(1, builds);
        Assert.Equal(Index(Documents), files);
    }
}

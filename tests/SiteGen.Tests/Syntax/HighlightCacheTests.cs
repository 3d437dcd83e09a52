using SiteGen.Syntax.Highlighting;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Syntax;

public sealed class HighlightCacheTests
{
    private const string Code = "def view():\n    return 'hi'\n";

    [Fact]
    public void A_saved_cache_gives_the_same_html_in_a_new_cache_instance()
    {
        using var folder = new TempFolder();
        var first = HighlightCache.Load(folder.Path);
        var html = first.Highlight("python", Code);
        first.Save();

        var second = HighlightCache.Load(folder.Path);

        Assert.NotNull(html);
        Assert.Equal(html, second.Highlight("python", Code));
        Assert.Single(Directory.GetFiles(folder.Path, "*.json"));
        Assert.Contains("hl-k", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_languages_are_remembered_as_not_highlighted()
    {
        var cache = HighlightCache.InMemory();

        Assert.Null(cache.Highlight("brainfuck", "+++"));
        Assert.Null(cache.Highlight("brainfuck", "+++"));
    }

    [Fact]
    public void A_damaged_cache_file_is_ignored()
    {
        using var folder = new TempFolder();
        var cache = HighlightCache.Load(folder.Path);
        cache.Highlight("json", "{\"a\": 1}");
        cache.Save();
        File.WriteAllText(Directory.GetFiles(folder.Path, "*.json").Single(), "{ not json");

        var reloaded = HighlightCache.Load(folder.Path);

        Assert.Contains("hl-v", reloaded.Highlight("json", "{\"a\": 1}"), StringComparison.Ordinal);
    }
}

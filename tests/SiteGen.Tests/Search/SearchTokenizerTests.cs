using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>The shared vectors (tests/search/vectors.json) that search-core.js must pass too.</summary>
public sealed class SearchTokenizerTests
{
    private static readonly JsonElement Vectors =
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "search", "vectors.json"))).RootElement;

    public static TheoryData<string, string> Stems()
    {
        var data = new TheoryData<string, string>();
        foreach (var pair in Vectors.GetProperty("stems").EnumerateObject()) data.Add(pair.Name, pair.Value.GetString()!);
        return data;
    }

    public static TheoryData<string, string[]> Tokens()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var vector in Vectors.GetProperty("tokens").EnumerateArray())
        {
            data.Add(vector.GetProperty("text").GetString()!, vector.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!).ToArray());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Stems))]
    public void The_porter_stemmer_matches_the_shared_vectors(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [MemberData(nameof(Tokens))]
    public void The_tokenizer_matches_the_shared_vectors(string text, string[] tokens) =>
        Assert.Equal(tokens, SearchTokenizer.Tokenize(text));

    [Fact]
    public void A_lone_surrogate_separates_words_as_search_core_js_does() =>
        Assert.Equal(["lone", "surrog", "here"], SearchTokenizer.Tokenize("lone \ud800 surrogate\udc00 here"));
}

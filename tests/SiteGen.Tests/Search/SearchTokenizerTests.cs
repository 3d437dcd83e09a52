using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
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

    /// <summary>search-core.js finds runs with this expression; the build scans for them by hand.</summary>
    private static readonly Regex Run = new(@"[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*", RegexOptions.CultureInvariant);

    private static readonly string[] TextPieces =
    [
        " ", ".", "..", "_", "__", "a", "Z", "0", "9", "x.y", "select_related", "request.args.get", "ModelForm", "HTTPResponse",
        "é", "ß", "-", "(", ")", "\n", "\t", "/", ":", "Flask", "the", "running", "db.Model", "a.", ".b", "1.2.3", "\ud800",
    ];

    [Fact]
    public void The_hand_written_run_scanner_finds_the_runs_of_search_core_js_expression() =>
        Gen.OneOf(TextPieces).Array[0, 24].Select(pieces => string.Concat(pieces)).Sample(text =>
            Assert.Equal(Run.Matches(Fold(text)).Select(m => m.Value), SearchTokenizer.Runs(text)),
            seed: "0000000001Xk", iter: 2000);

    /// <summary>The tokenizer's folding, seen from outside: a text without letters beyond ASCII is already folded.</summary>
    private static string Fold(string text) => text.Replace("é", "e").Replace("ß", "ss").Replace("\ud800", "\ufffd");
}

using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// A deterministic corpus shaped like documentation: pages of 7 sections, words drawn with a Zipf-like
/// distribution from technical words and generated identifiers, so that common terms have long postings.
/// </summary>
public static class SyntheticSearchCorpus
{
    private static readonly string[] Common =
        "request response route view template context session cookie blueprint model query migration admin form middleware signal cache database transaction serializer endpoint settings application factory extension decorator converter namespace handler worker deployment performance security token password user page section field value error test client server".Split(' ');

    public static IReadOnlyList<SearchDocument> Generate(int pages)
    {
        var random = new Random(42);
        var vocabulary = Common.Concat(Enumerable.Range(0, 20_000).Select(Word)).ToArray();
        string Pick()
        {
            // Zipf-like: small indexes (common words) are far more likely.
            var index = (int)(vocabulary.Length * Math.Pow(random.NextDouble(), 4));
            return vocabulary[index];
        }
        string Sentence(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Pick()));
        var documents = new List<SearchDocument>(pages * 7);
        for (var p = 0; p < pages; p++)
        {
            var title = $"Page {p} on {Pick()} and {Pick()}";
            for (var s = 0; s < 7; s++)
            {
                documents.Add(new SearchDocument($"page-{p}/#section-{s}", title, $"{Pick()} {Pick()}", Sentence(120)));
            }
        }
        return documents;
    }

    /// <summary>A pseudo-word: two letters spread like English word starts, then syllables; every fifth a snake_case identifier.</summary>
    private static string Word(int i)
    {
        string[] syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zi", "pa", "qu", "de", "fo", "gi", "ha", "ji"];
        var word = $"{(char)('a' + i * 7 % 26)}{(char)('a' + i * 11 / 26 % 26)}";
        for (var n = i + 17; n > 0; n /= syllables.Length) word += syllables[n % syllables.Length];
        return i % 5 == 0 ? word + "_" + syllables[i % syllables.Length] + "ed" : word;
    }
}

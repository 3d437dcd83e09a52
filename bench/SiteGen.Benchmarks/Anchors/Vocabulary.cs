namespace SiteGen.Benchmarks.Anchors;

/// <summary>
/// A vocabulary of made-up words drawn with Zipf's law (frequency ∝ 1/rank), as words are in real text:
/// a few words on every page, a long tail on few. Words mix letters so that stemmers and prefix shards see
/// realistic spread; a few are identifiers (snake_case), as in a programming guide.
/// </summary>
public sealed class Vocabulary
{
    private readonly string[] _words;
    private readonly double[] _cumulative;

    private Vocabulary(string[] words)
    {
        _words = words;
        _cumulative = new double[words.Length];
        var total = 0.0;
        for (var rank = 0; rank < words.Length; rank++)
        {
            total += 1.0 / (rank + 1);
            _cumulative[rank] = total;
        }
        for (var rank = 0; rank < words.Length; rank++) _cumulative[rank] /= total;
    }

    public static Vocabulary Create(int size, Random random)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var words = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>(size);
        while (ordered.Count < size)
        {
            var syllables = random.Next(1, 5);
            var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => $"{consonants[random.Next(consonants.Length)]}{vowels[random.Next(vowels.Length)]}"));
            if (random.Next(20) == 0) word += "_" + consonants[random.Next(consonants.Length)] + vowels[random.Next(vowels.Length)] + "d";
            if (words.Add(word)) ordered.Add(word);
        }
        return new Vocabulary([.. ordered]);
    }

    public string Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _words[Math.Min(index < 0 ? ~index : index, _words.Length - 1)];
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Search;

/// <summary>
/// Splits text into search terms the same way search-core.js does (docs/search.md): code-aware runs
/// (select_related, request.args.get, ModelForm) give the whole run and its parts; parts are stemmed.
/// </summary>
public static partial class SearchTokenizer
{
    private static readonly HashSet<string> StopWords = new(
        "a an and are as at be but by for from has have how i if in into is it its of on or so such than that the their then there these they this to vs was what when where which who why will with you your"
            .Split(' '),
        StringComparer.Ordinal);

    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        foreach (Match run in RunPattern().Matches(Fold(text)))
        {
            var parts = SplitParts(run.Value);
            if (parts.Count > 1) tokens.Add(run.Value.ToLowerInvariant());
            foreach (var part in parts)
            {
                var lower = part.ToLowerInvariant();
                if (StopWords.Contains(lower)) continue;
                tokens.Add(StemIfWord(lower));
            }
        }
        return tokens;
    }

    /// <summary>NFKD with combining marks removed: "Déjà" → "Deja".</summary>
    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is < '\u0300' or > '\u036f') folded.Append(c);
        }
        return folded.ToString();
    }

    private static string StemIfWord(string token) =>
        token.Length >= 3 && token.All(c => c is >= 'a' and <= 'z') ? PorterStemmer.Stem(token) : token;

    /// <summary>Splits a run on '.' and '_', then each piece at camelCase boundaries.</summary>
    private static List<string> SplitParts(string run)
    {
        var parts = new List<string>();
        foreach (var piece in run.Split(['.', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 1; i < piece.Length; i++)
            {
                var lowerOrDigitThenUpper = char.IsUpper(piece[i]) && (char.IsLower(piece[i - 1]) || char.IsDigit(piece[i - 1]));
                var acronymEnd = char.IsUpper(piece[i]) && char.IsUpper(piece[i - 1]) && i + 1 < piece.Length && char.IsLower(piece[i + 1]);
                if (lowerOrDigitThenUpper || acronymEnd)
                {
                    parts.Add(piece[start..i]);
                    start = i;
                }
            }
            parts.Add(piece[start..]);
        }
        return parts;
    }

    [GeneratedRegex(@"[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex RunPattern();
}

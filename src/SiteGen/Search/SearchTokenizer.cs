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
        "a an and are as at be but by can could did do does for from has have how i if in into is it its me my of on or should so such than that the their then there these they this to us vs was we what when where which who why will with would you your"
            .Split(' '),
        StringComparer.Ordinal);

    public static IReadOnlyList<string> Tokenize(string text) => Tokenize(text, new SearchTermCache());

    /// <summary>Tokenizes with a build's <paramref name="terms"/>, so that each distinct word is processed once.</summary>
    public static IReadOnlyList<string> Tokenize(string text, SearchTermCache terms)
    {
        var tokens = new List<string>();
        var folded = Fold(text);
        Span<Range> parts = stackalloc Range[64];
        Span<Range> segmentParts = stackalloc Range[64];
        foreach (var match in RunPattern().EnumerateMatches(folded))
        {
            var run = folded.AsSpan(match.Index, match.Length);
            var count = SplitParts(run, parts);
            if (count > 1) tokens.Add(terms.Run(run));
            if (run.Contains('.')) AddIdentifierSegments(run, tokens, terms, segmentParts);
            for (var i = 0; i < count; i++)
            {
                var term = terms.Part(run[parts[i]], MakeTerm);
                if (term.Length > 0) tokens.Add(term);
            }
        }
        return tokens;
    }

    /// <summary>
    /// The identifiers inside a dotted run, each as a whole: Book.objects.select_related gives select_related,
    /// so that code which calls a method is found by the method's name.
    /// </summary>
    private static void AddIdentifierSegments(ReadOnlySpan<char> run, List<string> tokens, SearchTermCache terms, Span<Range> parts)
    {
        foreach (var range in run.Split('.'))
        {
            var segment = run[range];
            if (SplitParts(segment, parts) > 1) tokens.Add(terms.Run(segment));
        }
    }

    /// <summary>A part's term: lowered and stemmed, or "" for a stop word.</summary>
    private static string MakeTerm(string part)
    {
        var lower = part.ToLowerInvariant();
        return StopWords.Contains(lower) ? string.Empty : StemIfWord(lower);
    }

    /// <summary>
    /// NFKD with combining marks removed, then the letters NFKD leaves whole spelled in ASCII: "Déjà" → "Deja",
    /// "Straße" → "Strasse", "Ærø" → "Aero". ASCII text is already folded. A lone surrogate (which
    /// normalization refuses) becomes U+FFFD, which is no part of any token.
    /// </summary>
    private static string Fold(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return text;
        var decomposed = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is >= '\u0300' and <= '\u036f') continue;
            if (LetterSpellings.TryGetValue(c, out var spelled)) folded.Append(spelled);
            else folded.Append(c);
        }
        return folded.ToString();
    }

    /// <summary>Letters without a decomposition and their ASCII spelling (search-core.js has the same table).</summary>
    private static readonly Dictionary<char, string> LetterSpellings = new()
    {
        ['ß'] = "ss", ['ẞ'] = "SS", ['æ'] = "ae", ['Æ'] = "Ae", ['œ'] = "oe", ['Œ'] = "Oe", ['ø'] = "o", ['Ø'] = "O",
        ['ł'] = "l", ['Ł'] = "L", ['đ'] = "d", ['Đ'] = "D", ['ð'] = "d", ['Ð'] = "D", ['þ'] = "th", ['Þ'] = "Th", ['ı'] = "i",
    };

    private static string WithoutLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static string StemIfWord(string token) =>
        token.Length >= 3 && token.All(c => c is >= 'a' and <= 'z') ? PorterStemmer.Stem(token) : token;

    /// <summary>
    /// Splits a run on '.' and '_', then each piece at camelCase boundaries, into <paramref name="parts"/>;
    /// returns how many (a run of more parts than fit keeps its first ones).
    /// </summary>
    private static int SplitParts(ReadOnlySpan<char> run, Span<Range> parts)
    {
        var count = 0;
        var pieceStart = 0;
        for (var end = 0; end <= run.Length && count < parts.Length; end++)
        {
            if (end < run.Length && run[end] is not ('.' or '_')) continue;
            if (end > pieceStart)
            {
                var start = pieceStart;
                for (var i = pieceStart + 1; i < end && count < parts.Length - 1; i++)
                {
                    var lowerOrDigitThenUpper = char.IsUpper(run[i]) && (char.IsLower(run[i - 1]) || char.IsDigit(run[i - 1]));
                    var acronymEnd = char.IsUpper(run[i]) && char.IsUpper(run[i - 1]) && i + 1 < end && char.IsLower(run[i + 1]);
                    if (lowerOrDigitThenUpper || acronymEnd)
                    {
                        parts[count++] = start..i;
                        start = i;
                    }
                }
                parts[count++] = start..end;
            }
            pieceStart = end + 1;
        }
        return count;
    }

    [GeneratedRegex(@"[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex RunPattern();
}

using System.Buffers;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Splits text into search terms the same way search-core.js does (docs/search.md): code-aware runs
/// (select_related, request.args.get, ModelForm) give the whole run and its parts; parts are stemmed.
/// </summary>
public static class SearchTokenizer
{
    private static readonly HashSet<string> StopWords = new(
        "a an and are as at be but by can could did do does for from has have how i if in into is it its me my of on or should so such than that the their then there these they this to us vs was we what when where which who why will with would you your"
            .Split(' '),
        StringComparer.Ordinal);

    public static IReadOnlyList<string> Tokenize(string text) => Tokenize(text, new SearchTermCache()).Select(t => t.Text).ToArray();

    /// <summary>Tokenizes with a build's <paramref name="terms"/>, so that each distinct word is processed once.</summary>
    public static IReadOnlyList<SearchTerm> Tokenize(string text, SearchTermCache terms)
    {
        var list = new TermList();
        Tokenize(text, terms, ref list);
        return list.Terms;
    }

    /// <summary>Gives each term of <paramref name="text"/> to <paramref name="sink"/> in order, with no list between them.</summary>
    public static void Tokenize<TSink>(string text, SearchTermCache terms, ref TSink sink) where TSink : struct, ISearchTermSink
    {
        var folded = Fold(text).AsSpan();
        Span<Range> parts = stackalloc Range[64];
        Span<Range> segmentParts = stackalloc Range[64];
        var position = 0;
        while (NextRun(folded, ref position, out var start, out var dotted))
        {
            var run = folded[start..position];
            var count = SplitParts(run, parts);
            if (count > 1) sink.Add(terms.Run(run));
            if (dotted) AddIdentifierSegments(run, terms, segmentParts, ref sink);
            for (var i = 0; i < count; i++)
            {
                if (terms.Part(run[parts[i]], MakeTerm) is { } term) sink.Add(term);
            }
        }
    }

    /// <summary>
    /// The next run from <paramref name="position"/>: word characters (ASCII letters, digits, '_') joined by single
    /// dots, the regular expression <c>[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*</c> that search-core.js uses, scanned by hand
    /// because this loop runs for every word of the site. Leaves <paramref name="position"/> at the run's end.
    /// </summary>
    private static bool NextRun(ReadOnlySpan<char> text, ref int position, out int start, out bool dotted)
    {
        dotted = false;
        var offset = text[position..].IndexOfAny(WordCharacters);
        if (offset < 0)
        {
            start = position = text.Length;
            return false;
        }
        start = position += offset;
        while (true)
        {
            while (position < text.Length && IsWordCharacter(text[position])) position++;
            if (position + 1 >= text.Length || text[position] != '.' || !IsWordCharacter(text[position + 1])) return true;
            dotted = true;
            position++;
        }
    }

    /// <summary>The runs of <paramref name="text"/> after folding, as <see cref="NextRun"/> finds them (for tests).</summary>
    internal static IReadOnlyList<string> Runs(string text)
    {
        var folded = Fold(text);
        var runs = new List<string>();
        var position = 0;
        while (NextRun(folded, ref position, out var start, out _)) runs.Add(folded[start..position]);
        return runs;
    }

    private static readonly SearchValues<char> WordCharacters =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// The identifiers inside a dotted run, each as a whole: Book.objects.select_related gives select_related,
    /// so that code which calls a method is found by the method's name.
    /// </summary>
    private static void AddIdentifierSegments<TSink>(ReadOnlySpan<char> run, SearchTermCache terms, Span<Range> parts, ref TSink sink)
        where TSink : struct, ISearchTermSink
    {
        foreach (var range in run.Split('.'))
        {
            var segment = run[range];
            if (SplitParts(segment, parts) > 1) sink.Add(terms.Run(segment));
        }
    }

    /// <summary>Collects the terms, for callers that want them as a list.</summary>
    private struct TermList() : ISearchTermSink
    {
        public List<SearchTerm> Terms { get; } = [];

        public readonly void Add(SearchTerm term) => Terms.Add(term);
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
}

using System.Text;

namespace SiteGen.Search;

/// <summary>
/// The text form of a term's postings in a shard (docs/search.md): for each grade present (impact level × 2,
/// plus 1 when the term is in the heading), highest first, the grade as two digits, then the gaps between
/// document numbers (from -1) in base 26, least significant digit first, every digit uppercase except the
/// last ('a' = 0 ... 'z' = 25). A gap under 26 costs one character and a posting carries no impact of its
/// own. search-core.js decodes the same form.
/// </summary>
public static class PostingsEncoding
{
    /// <param name="numbers">The number each document is written as (<see cref="SearchDocumentLayout.Numbers"/>); its position when null.</param>
    public static string Encode(IReadOnlyList<SearchPosting> postings, IReadOnlyList<int>? numbers = null)
    {
        // One sort of packed keys, grade descending then document ascending: every term of the site passes here,
        // and grouping and ordering its postings as objects cost more than the rest of the index writer.
        var keys = new long[postings.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var document = numbers is null ? postings[i].Document : numbers[postings[i].Document];
            keys[i] = ((long)(MaxGrade - postings[i].Grade) << 32) | (uint)document;
        }
        Array.Sort(keys);
        var text = new StringBuilder(keys.Length + 8);
        var grade = -1;
        var previous = -1;
        foreach (var key in keys)
        {
            var keyGrade = MaxGrade - (int)(key >> 32);
            if (keyGrade != grade)
            {
                grade = keyGrade;
                text.Append((char)('0' + grade / 10)).Append((char)('0' + grade % 10));
                previous = -1;
            }
            var gap = (int)key - previous;
            previous = (int)key;
            while (gap >= 26)
            {
                text.Append((char)('A' + gap % 26));
                gap /= 26;
            }
            text.Append((char)('a' + gap));
        }
        return text.ToString();
    }

    private const int MaxGrade = SearchIndexBuilder.MaxLevel * 2 + 1;

    /// <summary>The postings of an encoded string, grouped by grade as written (for tools and tests).</summary>
    public static IEnumerable<SearchPosting> Decode(string text)
    {
        var grade = 0;
        var digits = 0;
        var document = -1;
        int gap = 0, scale = 1;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                // Two digits per grade: the first starts a new group.
                grade = digits++ % 2 == 0 ? c - '0' : grade * 10 + (c - '0');
                document = -1;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                gap += (c - 'A') * scale;
                scale *= 26;
            }
            else
            {
                document += gap + (c - 'a') * scale;
                gap = 0;
                scale = 1;
                yield return SearchPosting.FromGrade(document, grade);
            }
        }
    }
}

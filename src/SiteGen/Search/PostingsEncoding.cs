using System.Text;

namespace SiteGen.Search;

/// <summary>
/// The text form of a term's postings in a shard (docs/search.md): for each impact level present, highest
/// first, the level as a digit, then the gaps between document numbers (from -1) in base 26, least
/// significant digit first, every digit uppercase except the last ('a' = 0 ... 'z' = 25). A gap under 26
/// costs one character and a posting carries no impact of its own. search-core.js decodes the same form.
/// </summary>
public static class PostingsEncoding
{
    public static string Encode(IReadOnlyList<(int Document, byte Level)> postings)
    {
        var text = new StringBuilder(postings.Count + 4);
        foreach (var group in postings.GroupBy(p => p.Level).OrderByDescending(g => g.Key))
        {
            text.Append((char)('0' + group.Key));
            var previous = -1;
            foreach (var (document, _) in group)
            {
                var gap = document - previous;
                previous = document;
                while (gap >= 26)
                {
                    text.Append((char)('A' + gap % 26));
                    gap /= 26;
                }
                text.Append((char)('a' + gap));
            }
        }
        return text.ToString();
    }

    /// <summary>The postings of an encoded string, grouped by level as written (for tools and tests).</summary>
    public static IEnumerable<(int Document, byte Level)> Decode(string text)
    {
        byte level = 0;
        var document = -1;
        int gap = 0, scale = 1;
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                level = (byte)(c - '0');
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
                yield return (document, level);
            }
        }
    }
}

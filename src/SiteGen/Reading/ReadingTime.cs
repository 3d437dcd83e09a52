using SiteGen.Syntax;

namespace SiteGen.Reading;

/// <summary>
/// How long a chapter takes to read: its words (headings, prose and code, as the parser collected them for
/// the search index) at <see cref="WordsPerMinute"/>, rounded to the nearest minute and never under one.
/// Code is counted like prose: it is read more slowly, but it is also shorter in words than it looks.
/// </summary>
public static class ReadingTime
{
    /// <summary>A common figure for adults reading technical text on a screen.</summary>
    public const int WordsPerMinute = 220;

    public static int Minutes(ChapterSyntax chapter)
    {
        var words = 0;
        foreach (var section in chapter.Sections)
        {
            words += CountWords(section.Heading) + CountWords(section.Body) + CountWords(section.Code);
        }
        return Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute, MidpointRounding.AwayFromZero));
    }

    /// <summary>Runs of characters between whitespace that hold at least one letter or digit ("—" is not a word).</summary>
    public static int CountWords(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var words = 0;
        var inWord = false;
        var wordHasLetter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && wordHasLetter) words++;
                inWord = wordHasLetter = false;
                continue;
            }
            inWord = true;
            wordHasLetter |= char.IsLetterOrDigit(c);
        }
        return inWord && wordHasLetter ? words + 1 : words;
    }

    /// <summary>"7 min read".</summary>
    public static string Label(int minutes) => minutes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " min read";
}

namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// One line of a code block: where it starts and how long it is, without its "\n" or "\r\n".
/// TextMate grammars tokenize line by line, so every classifier walks code through these.
/// </summary>
internal readonly record struct TextLine(int Start, int Length)
{
    public int End => Start + Length;

    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        while (true)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            var contentEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
            lines.Add(new TextLine(start, contentEnd - start));
            if (newline < 0)
            {
                return lines;
            }

            start = newline + 1;
        }
    }
}

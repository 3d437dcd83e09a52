namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// Finds Django/Jinja template regions in HTML source: <c>{% … %}</c>, <c>{{ … }}</c>, <c>{# … #}</c>,
/// and the bodies of <c>{% comment %}</c> blocks. Text inside <c>{% raw %}</c> / <c>{% verbatim %}</c>
/// is left alone because the template engine outputs it literally.
/// </summary>
internal static class TemplateTagScanner
{
    public static List<TemplateRegion> Scan(string text)
    {
        var regions = new List<TemplateRegion>();
        var position = 0;
        while ((position = text.IndexOf('{', position)) >= 0 && position + 1 < text.Length)
        {
            var (end, kind) = text[position + 1] switch
            {
                '#' => (IndexAfter(text, "#}", position + 2), TemplateRegionKind.Comment),
                '%' => (FindClose(text, position + 2, '%'), TemplateRegionKind.Statement),
                '{' => (FindClose(text, position + 2, '}'), TemplateRegionKind.Expression),
                _ => (-1, TemplateRegionKind.Statement),
            };
            if (end < 0)
            {
                position++;
                continue;
            }

            regions.Add(new TemplateRegion(position, end - position, kind));
            var tagName = kind == TemplateRegionKind.Statement ? TagName(text, position, end) : null;
            position = tagName switch
            {
                "raw" or "verbatim" => SkipLiteralBlock(text, end, "end" + tagName),
                "comment" => AddCommentBody(text, end, regions),
                _ => end,
            };
        }

        return regions;
    }

    /// <summary>The word a statement tag starts with: "for" in <c>{%- for x in xs %}</c>.</summary>
    public static string? TagName(string text, int tagStart, int tagEnd)
    {
        var i = tagStart + 2;
        while (i < tagEnd && (text[i] is '-' or '+' || char.IsWhiteSpace(text[i])))
        {
            i++;
        }

        var nameStart = i;
        while (i < tagEnd && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        return i > nameStart ? text[nameStart..i] : null;
    }

    private static int SkipLiteralBlock(string text, int contentStart, string endTagName)
    {
        var endTag = FindStatement(text, contentStart, endTagName);
        return endTag < 0 ? text.Length : endTag;
    }

    private static int AddCommentBody(string text, int bodyStart, List<TemplateRegion> regions)
    {
        var endTag = FindStatement(text, bodyStart, "endcomment");
        if (endTag < 0)
        {
            return bodyStart;
        }

        regions.Add(new TemplateRegion(bodyStart, endTag - bodyStart, TemplateRegionKind.CommentBody));
        return endTag;
    }

    private static int FindStatement(string text, int from, string tagName)
    {
        for (var open = text.IndexOf("{%", from, StringComparison.Ordinal);
             open >= 0;
             open = text.IndexOf("{%", open + 2, StringComparison.Ordinal))
        {
            var close = FindClose(text, open + 2, '%');
            if (close > 0 && TagName(text, open, close) == tagName)
            {
                return open;
            }
        }

        return -1;
    }

    /// <summary>
    /// The index just past the "%}" or "}}" closing a region whose content starts at <paramref name="from"/>,
    /// or -1. Quoted strings may contain the closer; in an expression, nested braces (a dict literal) may too.
    /// </summary>
    private static int FindClose(string text, int from, char closer)
    {
        var braceDepth = 0;
        for (var i = from; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                var quoteEnd = StringEnd(text, i);
                if (quoteEnd < 0)
                {
                    // An unbalanced quote is more likely an apostrophe than an open string.
                    return IndexAfter(text, closer == '%' ? "%}" : "}}", from);
                }

                i = quoteEnd - 1;
            }
            else if (closer == '}' && c == '{')
            {
                braceDepth++;
            }
            else if (c == closer && text[i + 1] == '}')
            {
                if (closer == '%' || braceDepth == 0)
                {
                    return i + 2;
                }

                braceDepth--;
            }
            else if (closer == '}' && c == '}' && braceDepth > 0)
            {
                braceDepth--;
            }
        }

        return -1;
    }

    /// <summary>The index just past the quote closing the string that opens at <paramref name="quoteStart"/>, or -1.</summary>
    internal static int StringEnd(string text, int quoteStart, int limit = int.MaxValue)
    {
        var quote = text[quoteStart];
        var end = Math.Min(limit, text.Length);
        for (var i = quoteStart + 1; i < end; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static int IndexAfter(string text, string closer, int from)
    {
        var index = text.IndexOf(closer, from, StringComparison.Ordinal);
        return index < 0 ? -1 : index + closer.Length;
    }
}

using System.Collections.Frozen;

namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// Classifies the inside of one Django/Jinja template region: delimiters (with whitespace-control dashes),
/// the tag name, keywords, strings, numbers and filters after "|". Names of variables stay plain.
/// </summary>
internal static class TemplateTagLexer
{
    private static readonly FrozenSet<string> Keywords = FrozenSet.ToFrozenSet(
    [
        "and", "as", "by", "context", "elif", "else", "from", "if", "ignore", "import", "in", "is",
        "missing", "not", "only", "or", "recursive", "reversed", "with", "without",
    ]);

    private static readonly FrozenSet<string> Constants = FrozenSet.ToFrozenSet(
        ["true", "false", "none", "True", "False", "None"]);

    public static void Classify(string text, TemplateRegion region, Span<TokenKind> kinds)
    {
        var regionKinds = kinds.Slice(region.Start, region.Length);
        if (region.Kind is TemplateRegionKind.Comment or TemplateRegionKind.CommentBody)
        {
            regionKinds.Fill(TokenKind.Comment);
            return;
        }

        regionKinds.Clear();
        var innerStart = region.Start + 2;
        if (innerStart < region.End - 2 && text[innerStart] is '-' or '+')
        {
            innerStart++;
        }

        var innerEnd = region.End - 2;
        if (innerEnd > innerStart && text[innerEnd - 1] is '-' or '+')
        {
            innerEnd--;
        }

        kinds[region.Start..innerStart].Fill(TokenKind.TemplateDelimiter);
        kinds[innerEnd..region.End].Fill(TokenKind.TemplateDelimiter);
        ClassifyInner(text, innerStart, innerEnd, region.Kind == TemplateRegionKind.Statement, kinds);
    }

    private static void ClassifyInner(string text, int start, int end, bool startsWithTagName, Span<TokenKind> kinds)
    {
        var expectTagName = startsWithTagName;
        var afterPipe = false;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var tokenStart = i;
            TokenKind kind;
            if (c is '"' or '\'')
            {
                var stringEnd = TemplateTagScanner.StringEnd(text, i, end);
                i = stringEnd < 0 ? end : stringEnd;
                kind = TokenKind.String;
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < end && (char.IsAsciiDigit(text[i]) || text[i] is '.' or '_'))
                {
                    i++;
                }

                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                kind = ClassifyWord(text[tokenStart..i], expectTagName, afterPipe, NextNonSpace(text, i, end) == '(');
            }
            else
            {
                i++;
                kind = c switch
                {
                    '|' or '=' or '!' or '<' or '>' or '+' or '-' or '*' or '/' or '%' or '~' => TokenKind.Punctuation,
                    _ => TokenKind.None,
                };
            }

            kinds[tokenStart..i].Fill(kind);
            expectTagName = false;
            afterPipe = c == '|';
        }
    }

    private static TokenKind ClassifyWord(string word, bool isTagName, bool isFilter, bool isCall)
    {
        if (isTagName)
        {
            return TokenKind.Keyword;
        }

        if (isFilter || isCall)
        {
            return TokenKind.Function;
        }

        if (Constants.Contains(word))
        {
            return TokenKind.Number;
        }

        return Keywords.Contains(word) ? TokenKind.Keyword : TokenKind.None;
    }

    private static char NextNonSpace(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from < end ? text[from] : '\0';
    }
}

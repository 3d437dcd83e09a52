using System.Text;

namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// Writes classified code as the inner HTML of a &lt;code&gt; element: every character escaped and in order,
/// one &lt;span class&gt; per run of equal kinds, closed at every line break so a line can be styled alone.
/// </summary>
internal static class HighlightHtmlWriter
{
    public static string Write(string code, Span<TokenKind> kinds)
    {
        Normalize(code, kinds);
        var html = new StringBuilder(code.Length + (code.Length / 2));
        var open = TokenKind.None;
        for (var i = 0; i < code.Length; i++)
        {
            if (kinds[i] != open)
            {
                if (open != TokenKind.None)
                {
                    html.Append("</span>");
                }

                if (kinds[i].CssClass() is { } cssClass)
                {
                    html.Append("<span class=\"").Append(cssClass).Append("\">");
                }

                open = kinds[i];
            }

            AppendEscaped(html, code[i]);
        }

        if (open != TokenKind.None)
        {
            html.Append("</span>");
        }

        return html.ToString();
    }

    private static void Normalize(string code, Span<TokenKind> kinds)
    {
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c is '\n' or '\r')
            {
                kinds[i] = TokenKind.None;
            }
            else if (char.IsLowSurrogate(c) && i > 0)
            {
                // Never split a surrogate pair across two spans.
                kinds[i] = kinds[i - 1];
            }
        }

        // Spaces between two tokens of the same kind ("is not", "{% endfor %}" inside a comment) join them:
        // fewer spans, and spaces show no colour anyway.
        for (var i = 1; i < code.Length; i++)
        {
            if (kinds[i] != TokenKind.None || kinds[i - 1] == TokenKind.None || code[i] is not (' ' or '\t'))
            {
                continue;
            }

            var gapEnd = i;
            while (gapEnd < code.Length && code[gapEnd] is ' ' or '\t' && kinds[gapEnd] == TokenKind.None)
            {
                gapEnd++;
            }

            if (gapEnd < code.Length && kinds[gapEnd] == kinds[i - 1])
            {
                kinds[i..gapEnd].Fill(kinds[i - 1]);
            }

            i = gapEnd;
        }
    }

    private static void AppendEscaped(StringBuilder html, char c)
    {
        switch (c)
        {
            case '&':
                html.Append("&amp;");
                break;
            case '<':
                html.Append("&lt;");
                break;
            case '>':
                html.Append("&gt;");
                break;
            case '"':
                html.Append("&quot;");
                break;
            default:
                html.Append(c);
                break;
        }
    }
}

using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Print;

/// <summary>
/// Writes the opening sentences of a paragraph through a page's renderer (so links, code and escaping are as on
/// any page): a glossary entry's framework and definition, without the rest of its explanation.
/// </summary>
public static class LeadSentences
{
    /// <summary>Writes the paragraph's inlines up to the end of its <paramref name="count"/>th sentence, or all of it.</summary>
    public static void Write(HtmlRenderer renderer, ParagraphBlock paragraph, int count)
    {
        if (paragraph.Inline is null) return;
        var ended = 0;
        for (var inline = paragraph.Inline.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            // Sentences are only cut in top-level text: a period inside emphasis or a link never ends one here.
            if (inline is LiteralInline literal)
            {
                var text = literal.Content.ToString();
                for (var end = SentenceEnd(text, 0); end >= 0; end = SentenceEnd(text, end + 1))
                {
                    if (++ended == count)
                    {
                        renderer.WriteEscape(text[..(end + 1)]);
                        return;
                    }
                }
                renderer.WriteEscape(text);
            }
            else
            {
                renderer.Write(inline);
            }
        }
    }

    /// <summary>
    /// The index of the next period (or ! or ?) that ends a sentence: followed by a space and a capital letter, or
    /// by the end of the text; "e.g. the" and "v1.2" do not end one.
    /// </summary>
    private static int SentenceEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            if (i == text.Length - 1) return i;
            if (text[i + 1] == ' ' && (i + 2 == text.Length || char.IsUpper(text[i + 2]))) return i;
        }
        return -1;
    }
}

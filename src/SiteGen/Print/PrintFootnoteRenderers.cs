using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Print;

/// <summary>
/// Footnotes as Markdig writes them, with ids prefixed by their chapter (<see cref="PrintAnchors"/>): every
/// chapter numbers its footnotes from 1, and on the print page their ids must not meet.
/// </summary>
public sealed class PrintFootnoteLinkRenderer(string chapterSitePath) : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var reference = PrintAnchors.InChapter(chapterSitePath, "fnref:" + link.Index.ToString(CultureInfo.InvariantCulture));
        if (link.IsBackLink)
        {
            renderer.Write("<a href=\"#").WriteEscape(reference).Write("\" class=\"footnote-back-ref\">&#8617;</a>");
            return;
        }
        var order = link.Footnote.Order.ToString(CultureInfo.InvariantCulture);
        renderer.Write("<a id=\"").WriteEscape(reference).Write("\" href=\"#").WriteEscape(PrintAnchors.InChapter(chapterSitePath, "fn:" + order))
            .Write("\" class=\"footnote-ref\"><sup>").Write(order).Write("</sup></a>");
    }
}

/// <summary>The list of a chapter's footnotes on the print page, with ids prefixed like its links (see above).</summary>
public sealed class PrintFootnoteGroupRenderer(string chapterSitePath) : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\">").WriteLine("<hr />").WriteLine("<ol>");
        foreach (var footnote in footnotes.OfType<Footnote>())
        {
            var id = PrintAnchors.InChapter(chapterSitePath, "fn:" + footnote.Order.ToString(CultureInfo.InvariantCulture));
            renderer.Write("<li id=\"").WriteEscape(id).WriteLine("\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>").WriteLine("</div>");
    }
}

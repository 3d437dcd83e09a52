using System.Net;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Binding;
using SiteGen.Comparison;
using SiteGen.Emit;
using SiteGen.Questions;

namespace SiteGen.Print;

/// <summary>
/// Writes a chapter into the print page (the page writes them one after another), parsed and rendered through the same
/// pipeline, link rewriter and URL policy as its own page, with its ids prefixed (<see cref="PrintAnchors"/>),
/// links to chapters pointing inside the print page, headings one level down (the page's h1 is the guide's
/// title, each chapter's title an h2) and answers open.
/// </summary>
public static class PrintChapterWriter
{
    /// <param name="context">The print page's context; its links to chapters become fragments of the page.</param>
    public static void Write(Page chapter, PageRenderContext context, ComparisonDataset? dataset, TextWriter output)
    {
        var id = PrintAnchors.ChapterId(chapter.SitePath);
        var titleId = PrintAnchors.InChapter(chapter.SitePath, "title");
        output.Write($"<article class=\"print-chapter\" id=\"{Encode(id)}\" aria-labelledby=\"{Encode(titleId)}\">\n<header class=\"chapter-header\">\n");
        if (chapter.PartTitle is { } part) output.Write($"<p class=\"chapter-part\">{Encode(part)}</p>\n");
        output.Write($"<h2 id=\"{Encode(titleId)}\">{Encode(chapter.Title)}</h2>\n");
        if (chapter.Description.Length > 0) output.Write($"<p class=\"chapter-description\">{Encode(chapter.Description)}</p>\n");
        output.Write("</header>\n<div class=\"chapter-body\">\n");

        var document = chapter.Chapter!.ParseDocument();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            // The chapter's title is a section of the page (h2), so its own sections go one level down.
            heading.Level = Math.Min(heading.Level + 1, 6);
            if (heading.TryGetAttributes()?.Id is { Length: > 0 } headingId) heading.GetAttributes().Id = PrintAnchors.InChapter(chapter.SitePath, headingId);
        }
        var renderer = ChapterHtmlRenderer.CreateRenderer(chapter, context, dataset, output);
        var rewrite = renderer.LinkRewriter!;
        // A link to a section of the same chapter ("#routing") follows its heading's new id.
        renderer.LinkRewriter = url => url.Length > 1 && url[0] == '#' ? "#" + PrintAnchors.InChapter(chapter.SitePath, Uri.UnescapeDataString(url[1..])) : rewrite(url);
        renderer.ObjectRenderers.Replace<QuestionBlockRenderer>(new QuestionBlockRenderer { AnswersOpen = true });
        renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new PrintFootnoteLinkRenderer(chapter.SitePath));
        renderer.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new PrintFootnoteGroupRenderer(chapter.SitePath));
        renderer.Render(document);
        output.Write("</div>\n</article>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

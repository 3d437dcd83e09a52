using System.Net;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Binding;
using SiteGen.Comparison;
using SiteGen.Emit;
using SiteGen.Syntax.Markdown;

namespace SiteGen.Print;

/// <summary>
/// Writes the cheat sheet's body: every comparison topic with each framework's verdict (the notes stay on the
/// comparison page), then every glossary term with the opening of its definition (the framework it belongs to
/// and one sentence). Everything is rendered from the dataset's and the glossary's markdown, never from HTML.
/// </summary>
public static class CheatSheetWriter
{
    /// <summary>A glossary entry starts with its framework ("Django.") and then defines the term in one sentence.</summary>
    private const int GlossarySentences = 2;

    public static void Write(SiteModel model, PageRenderContext context, TextWriter output)
    {
        if (model.Comparison is { } dataset) WriteComparison(dataset, context, output);
        if (CheatSheetPage.Glossary(model.Chapters) is { } glossary) WriteGlossary(glossary, context, dataset: model.Comparison, output);
    }

    private static void WriteComparison(ComparisonDataset dataset, PageRenderContext context, TextWriter output)
    {
        var texts = new DataTextRenderer(context, dataset.ResolvedLinks);
        output.Write($"<section class=\"cheat-section\" aria-labelledby=\"{CheatSheetPage.ComparisonSectionId}\">\n");
        output.Write($"<h2 id=\"{CheatSheetPage.ComparisonSectionId}\">{Encode(CheatSheetPage.ComparisonHeading(dataset))}</h2>\n");
        foreach (var (category, dimensions) in dataset.ByCategory())
        {
            output.Write($"<h3>{Encode(category.Title)}</h3>\n<dl class=\"cheat-list\">\n");
            foreach (var dimension in dimensions)
            {
                var href = context.Href($"{ComparisonPage.SitePath}#{dimension.Id}");
                output.Write($"<dt><a href=\"{Encode(href)}\">{Encode(dimension.Title)}</a></dt>\n");
                foreach (var framework in dataset.Frameworks)
                {
                    if (!dimension.Values.TryGetValue(framework.Id, out var value)) continue;
                    output.Write($"<dd><span class=\"cheat-framework\">{Encode(framework.Name)}:</span> {texts.Render(value.Verdict)}</dd>\n");
                }
            }
            output.Write("</dl>\n");
        }
        output.Write("</section>\n");
    }

    private static void WriteGlossary(Page glossary, PageRenderContext context, ComparisonDataset? dataset, TextWriter output)
    {
        output.Write($"<section class=\"cheat-section\" aria-labelledby=\"{CheatSheetPage.GlossarySectionId}\">\n");
        output.Write($"<h2 id=\"{CheatSheetPage.GlossarySectionId}\">{Encode(glossary.Title)}</h2>\n<dl class=\"cheat-list cheat-glossary\">\n");
        var renderer = ChapterHtmlRenderer.CreateRenderer(glossary, context, dataset, output);
        var blocks = glossary.Chapter!.ParseDocument();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: 3 } term) continue;
            var id = term.TryGetAttributes()?.Id ?? string.Empty;
            var href = context.Href(glossary.SitePath + (id.Length > 0 ? "#" + id : ""));
            output.Write($"<dt><a href=\"{Encode(href)}\">{Encode(InlineText.Of(term.Inline))}</a></dt>\n");
            if (i + 1 < blocks.Count && blocks[i + 1] is ParagraphBlock definition)
            {
                output.Write("<dd>");
                LeadSentences.Write(renderer, definition, GlossarySentences);
                renderer.Writer.Flush();
                output.Write("</dd>\n");
            }
        }
        output.Write("</dl>\n</section>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

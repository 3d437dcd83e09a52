using Markdig.Renderers;
using SiteGen.Binding;
using SiteGen.Comparison;

namespace SiteGen.Emit;

/// <summary>Renders a bound chapter's Markdig tree to HTML, writing its links as resolved by the binder.</summary>
public static class ChapterHtmlRenderer
{
    public static void Render(Page page, PageRenderContext context, ComparisonDataset? dataset, TextWriter writer)
    {
        var chapter = page.Chapter ?? throw new ArgumentException("Only chapter pages have markdown.", nameof(page));
        CreateRenderer(page, context, dataset, writer).Render(chapter.ParseDocument());
        writer.Flush();
    }

    /// <summary>
    /// A renderer set up for one chapter's content: its resolved links (relative to a page at the same
    /// depth as the chapter), highlighted code and comparison tables. Used for parts of a chapter too.
    /// </summary>
    public static HtmlRenderer CreateRenderer(Page page, PageRenderContext context, ComparisonDataset? dataset, TextWriter writer)
    {
        DataTextRenderer? texts = null;
        return ContentRenderer.Create(writer, context, page.ResolvedLinks, block =>
            page.Comparisons.TryGetValue(block.Line, out var selection)
                ? ComparisonTableWriter.Table(selection, context.Href, texts ??= new DataTextRenderer(context, dataset?.ResolvedLinks ?? EmptyLinks))
                : null);
    }

    private static readonly IReadOnlyDictionary<string, string> EmptyLinks = new Dictionary<string, string>();
}

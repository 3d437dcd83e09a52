using Markdig.Renderers;
using SiteGen.Binding;
using SiteGen.Comparison;
using SiteGen.Syntax.Highlighting;
using SiteGen.Syntax.Markdown;

namespace SiteGen.Emit;

/// <summary>Renders a bound chapter's Markdig tree to HTML, writing its links as resolved by the binder.</summary>
public static class ChapterHtmlRenderer
{
    public static string Render(Page page, string rootPrefix, HighlightCache highlights)
    {
        var chapter = page.Chapter ?? throw new ArgumentException("Only chapter pages have markdown.", nameof(page));
        using var writer = new StringWriter();
        var renderer = CreateRenderer(page, rootPrefix, highlights, writer);
        renderer.Render(chapter.Document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>
    /// A renderer set up for one chapter's content: its resolved links (relative to a page at the same
    /// depth as the chapter), highlighted code and comparison tables. Used for parts of a chapter too.
    /// </summary>
    public static HtmlRenderer CreateRenderer(Page page, string rootPrefix, HighlightCache highlights, TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.ObjectRenderers.Replace<HighlightedCodeBlockRenderer>(new HighlightedCodeBlockRenderer(highlights,
            block => page.Comparisons.TryGetValue(block.Line, out var selection) ? ComparisonTableWriter.Table(selection, rootPrefix) : null));
        renderer.LinkRewriter = url =>
            !page.ResolvedLinks.TryGetValue(url, out var target) ? url
            : target == LinkResolver.RemovedLink ? target
            : rootPrefix + target;
        return renderer;
    }
}

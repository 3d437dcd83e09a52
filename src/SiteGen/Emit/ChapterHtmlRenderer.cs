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
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.ObjectRenderers.Replace<HighlightedCodeBlockRenderer>(new HighlightedCodeBlockRenderer(highlights,
            block => page.Comparisons.TryGetValue(block.Line, out var selection) ? ComparisonTableWriter.Table(selection, rootPrefix) : null));
        renderer.LinkRewriter = url =>
            !page.ResolvedLinks.TryGetValue(url, out var target) ? url
            : target == LinkResolver.RemovedLink ? target
            : rootPrefix + target;
        renderer.Render(chapter.Document);
        writer.Flush();
        return writer.ToString();
    }
}

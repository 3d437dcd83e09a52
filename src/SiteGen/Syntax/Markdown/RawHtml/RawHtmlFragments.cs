using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Html;

namespace SiteGen.Syntax.Markdown.RawHtml;

/// <summary>
/// The fragments of a page that carry raw HTML, found while rendering: before such a fragment is written
/// the renderer's output is redirected into a buffer, and after its last node the buffer is sanitized as
/// one HTML fragment (HtmlSanitizer over AngleSharp) and written to the page. Elements a fragment leaves
/// open are closed at its end, so raw HTML can never close or reopen the page's own markup.
/// </summary>
public sealed class RawHtmlFragments
{
    private readonly HtmlRenderer _renderer;
    private TextWriter? _pageWriter;
    private MarkdownObject? _fragmentEnd;

    private RawHtmlFragments(HtmlRenderer renderer)
    {
        _renderer = renderer;
        renderer.ObjectWriteBefore += (_, node) => Before(node);
        renderer.ObjectWriteAfter += (_, node) => After(node);
    }

    public static void Attach(HtmlRenderer renderer) => _ = new RawHtmlFragments(renderer);

    private void Before(MarkdownObject node)
    {
        if (_fragmentEnd is not null) return;
        var end = node switch
        {
            HtmlBlock block => EndOfBlockRun(block),
            LeafBlock { Inline: { } inline } leaf when ContainsInlineHtml(inline) => leaf,
            _ => null,
        };
        if (end is null) return;
        _fragmentEnd = end;
        _pageWriter = _renderer.Writer;
        _renderer.Writer = new StringWriter();
    }

    private void After(MarkdownObject node)
    {
        if (!ReferenceEquals(node, _fragmentEnd)) return;
        var html = _renderer.Writer.ToString()!;
        _renderer.Writer = _pageWriter!;
        _fragmentEnd = null;
        _pageWriter = null;
        _renderer.EnsureLine();
        _renderer.Write(ContentSanitizer.Create().Sanitize(html));
        _renderer.WriteLine();
    }

    private static bool ContainsInlineHtml(ContainerInline inline) =>
        inline.FindDescendants<HtmlInline>().Any();

    /// <summary>
    /// The last block of the run that starts at <paramref name="block"/>: the block itself when its tags
    /// balance, else the first later sibling HTML block that closes what it opened, else the last sibling.
    /// </summary>
    private static Block EndOfBlockRun(HtmlBlock block)
    {
        var depth = TagBalance.Depth(block.Lines.ToString());
        if (depth <= 0 || block.Parent is not { } parent) return block;
        var index = parent.IndexOf(block);
        for (var i = index + 1; i < parent.Count; i++)
        {
            if (parent[i] is HtmlBlock next)
            {
                depth += TagBalance.Depth(next.Lines.ToString());
                if (depth <= 0) return next;
            }
        }
        return parent[^1];
    }
}

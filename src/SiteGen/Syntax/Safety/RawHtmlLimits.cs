using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;

namespace SiteGen.Syntax.Safety;

/// <summary>
/// Bounds the raw HTML of one chapter. The sanitizer's HTML parser takes time that grows faster than the
/// number of nested elements (100,000 nested &lt;div&gt; take minutes), so raw HTML past
/// <see cref="MaxTags"/> tags is removed from the tree before anything inspects or renders it (SG1606).
/// </summary>
internal static class RawHtmlLimits
{
    /// <summary>Tags across all raw HTML of a chapter; the guide's chapters use a handful.</summary>
    public const int MaxTags = 2000;

    public static void Apply(MarkdownDocument document, string path, List<Diagnostic> diagnostics)
    {
        var tags = 0;
        var excess = new List<MarkdownObject>();
        foreach (var node in document.Descendants())
        {
            var html = node switch
            {
                HtmlBlock block => block.Lines.ToString(),
                HtmlInline inline => inline.Tag,
                _ => null,
            };
            if (html is null) continue;
            if (tags <= MaxTags)
            {
                tags += html.AsSpan().Count('<');
                if (tags <= MaxTags) continue;
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.RawHtmlTooLarge, Location.At(path, node.Line + 1, node.Column + 1), MaxTags));
            }
            excess.Add(node);
        }
        foreach (var node in excess)
        {
            switch (node)
            {
                case Block block:
                    block.Parent?.Remove(block);
                    break;
                case Inline inline:
                    inline.Remove();
                    break;
            }
        }
    }
}

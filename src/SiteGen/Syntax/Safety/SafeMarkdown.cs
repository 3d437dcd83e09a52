using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Sources;
using SiteGen.Syntax.Markdown;

namespace SiteGen.Syntax.Safety;

/// <summary>
/// Parses a chapter with Markdig inside the limits of <see cref="MarkdownLimits"/>, then checks the depth of
/// the tree: emphasis and links can still nest hundreds deep within the delimiter limit, and Markdig's
/// renderer refuses a tree deeper than about 128 (it would fail at emit time, attributed to the theme).
/// A tree deeper than <see cref="MaxTreeDepth"/>, or one Markdig's own depth guard refused while parsing,
/// is SG1601 at the deepest place, and only the front matter is kept.
/// </summary>
internal static class SafeMarkdown
{
    /// <summary>
    /// Blocks and inlines inside each other. The guide's deepest chapter needs about ten; a list nested to
    /// <see cref="MarkdownLimits.MaxNestingDepth"/> needs about 70 (a list and an item per level).
    /// </summary>
    public const int MaxTreeDepth = 100;

    /// <summary>The parsed tree and the text it was parsed from (too-deep and too-busy lines blanked, same line count).</summary>
    public sealed record Result(MarkdownDocument Document, SourceLines Lines);

    public static Result Parse(SourceFile source, List<Diagnostic> diagnostics)
    {
        var limited = MarkdownLimits.Check(source.Text, source.Path, diagnostics);
        try
        {
            var document = Markdig.Markdown.Parse(limited.Text, MarkdownPipelineFactory.Shared);
            var lines = new SourceLines(limited.Text);
            if (TooDeep(document) is not { } deepest)
            {
                RawHtmlLimits.Apply(document, source.Path, diagnostics);
                return new Result(document, lines);
            }
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.MarkdownNestingTooDeep,
                lines.Of(source.Path, deepest.Span), $"more than {MaxTreeDepth}", MaxTreeDepth));
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
            var (line, column) = limited.Deepest.Depth >= MarkdownLimits.MaxNestingDepth / 2 || limited.Busiest.Line == 0
                ? (limited.Deepest.Line, limited.Deepest.Column)
                : (limited.Busiest.Line, 1);
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.MarkdownNestingTooDeep, Location.At(source.Path, Math.Max(line, 1), Math.Max(column, 1)),
                $"more than {MaxTreeDepth}", MaxTreeDepth));
        }
        return FrontMatterOnly(limited.Text);
    }

    private static bool IsDepthLimit(ArgumentException e) => e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>
    /// The chapter's front matter block alone, enough to keep its title; or an empty document when the text
    /// before the second <c>---</c> is not front matter to Markdig (it could be the deep markdown itself).
    /// </summary>
    private static Result FrontMatterOnly(string text)
    {
        var end = text.StartsWith("---\n", StringComparison.Ordinal) ? text.IndexOf("\n---\n", 3, StringComparison.Ordinal) : -1;
        var frontMatter = end < 0 ? string.Empty : text[..(end + 5)];
        try
        {
            var document = Markdig.Markdown.Parse(frontMatter, MarkdownPipelineFactory.Shared);
            if (document is [YamlFrontMatterBlock]) return new Result(document, new SourceLines(frontMatter));
        }
        catch (ArgumentException e) when (IsDepthLimit(e))
        {
        }
        return new Result(Markdig.Markdown.Parse(string.Empty, MarkdownPipelineFactory.Shared), new SourceLines(string.Empty));
    }

    /// <summary>The first node, in document order, nested deeper than <see cref="MaxTreeDepth"/>, found without recursion; or null.</summary>
    private static MarkdownObject? TooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > MaxTreeDepth) return item.Node;
            switch (item.Node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) pending.Push((container[i], item.Depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, item.Depth + 1));
                    break;
            }
        }
        return null;
    }
}

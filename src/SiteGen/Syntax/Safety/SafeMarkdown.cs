using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Sources;
using SiteGen.Syntax.Markdown;

namespace SiteGen.Syntax.Safety;

/// <summary>
/// Parses a chapter with Markdig inside the limits of <see cref="MarkdownLimits"/>. Markdig has its own
/// depth guard (it throws when blocks and inlines nest about 128 deep, as emphasis can within the delimiter
/// limit); that becomes SG1601 at the deepest place the scan saw, and only the front matter is parsed.
/// </summary>
internal static class SafeMarkdown
{
    public static MarkdownDocument Parse(SourceFile source, List<Diagnostic> diagnostics)
    {
        var limited = MarkdownLimits.Check(source.Text, source.Path, diagnostics);
        try
        {
            var document = Markdig.Markdown.Parse(limited.Text, MarkdownPipelineFactory.Shared);
            RawHtmlLimits.Apply(document, source.Path, diagnostics);
            return document;
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            var (line, column) = limited.Deepest.Depth >= MarkdownLimits.MaxNestingDepth / 2 || limited.Busiest.Line == 0
                ? (limited.Deepest.Line, limited.Deepest.Column)
                : (limited.Busiest.Line, limited.Busiest.Column);
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.MarkdownNestingTooDeep, Location.At(source.Path, Math.Max(line, 1), Math.Max(column, 1)),
                "more than 100", MarkdownLimits.MaxNestingDepth));
            return Markdig.Markdown.Parse(FrontMatterOnly(limited.Text), MarkdownPipelineFactory.Shared);
        }
    }

    /// <summary>The text up to the end of its front matter block (or nothing): enough to keep the chapter's title.</summary>
    private static string FrontMatterOnly(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return string.Empty;
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return end < 0 ? string.Empty : text[..(end + 5)];
    }
}

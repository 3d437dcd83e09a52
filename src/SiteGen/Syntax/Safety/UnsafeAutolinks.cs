using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;

namespace SiteGen.Syntax.Safety;

/// <summary>
/// CommonMark turns <c>&lt;javascript:alert(1)&gt;</c> into a link (an autolink). Autolinks are not
/// markdown links, so the link resolver never sees them; an autolink with a scheme other than http, https
/// or mailto becomes plain text here, reported as SG1206 like any other unsafe link. Found by the property tests.
/// </summary>
internal static class UnsafeAutolinks
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static void Neutralize(MarkdownDocument document, SourceLines lines, string path, List<Diagnostic> diagnostics)
    {
        foreach (var autolink in document.Descendants<AutolinkInline>().ToArray())
        {
            if (autolink.IsEmail) continue;
            var colon = autolink.Url.IndexOf(':');
            var scheme = colon < 0 ? string.Empty : autolink.Url[..colon].ToLowerInvariant();
            if (SafeSchemes.Contains(scheme)) continue;
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LinkUnsafeScheme, lines.Of(path, autolink.Span), autolink.Url, scheme));
            autolink.ReplaceBy(new LiteralInline($"<{autolink.Url}>") { Span = autolink.Span, Line = autolink.Line, Column = autolink.Column });
        }
    }
}

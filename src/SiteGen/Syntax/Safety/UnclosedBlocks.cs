using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Syntax.Safety;

/// <summary>
/// Finds the blocks that CommonMark lets run silently to the end of their container: an HTML comment
/// without its <c>--&gt;</c> (SG1603), which hides the rest of the chapter, and a code fence or <c>:::</c>
/// block without its closing line (SG1604), which turns the rest into code. Reported at the opening line.
/// </summary>
internal static class UnclosedBlocks
{
    public static void Report(MarkdownDocument document, string path, List<Diagnostic> diagnostics)
    {
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case HtmlBlock { Type: HtmlBlockType.Comment } comment when !comment.Lines.ToString().Contains("-->", StringComparison.Ordinal):
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnclosedHtmlComment, Location.At(path, comment.Line + 1, comment.Column + 1)));
                    break;
                case FencedCodeBlock { ClosingFencedCharCount: 0 } fence:
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnclosedCodeFence, Location.At(path, fence.Line + 1, fence.Column + 1),
                        new string(fence.FencedChar, fence.OpeningFencedCharCount)));
                    break;
                case CustomContainer { ClosingFencedCharCount: 0 } container:
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.UnclosedCodeFence, Location.At(path, container.Line + 1, container.Column + 1),
                        new string(container.FencedChar, container.OpeningFencedCharCount)));
                    break;
            }
        }
    }
}

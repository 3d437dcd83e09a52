using System.Text.RegularExpressions;
using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Syntax;

namespace SiteGen.Examples;

/// <summary>
/// Finds a chapter's examples: every fenced block with `{test=…}` after its language, paired with the output it
/// must print, and every block in a language some test group runs that has not decided (SG9205).
/// </summary>
public static partial class ExampleCollector
{
    public const string OutputLanguage = "output";

    public static IReadOnlyList<ExampleBlock> Collect(ChapterSyntax chapter, IReadOnlyDictionary<string, TestGroup> groups, List<Diagnostic> diagnostics)
    {
        var examples = new List<ExampleBlock>();
        var lines = chapter.Source.Text.Split('\n');
        foreach (var block in chapter.ParseDocument().Descendants<FencedCodeBlock>())
        {
            var language = block.Info ?? string.Empty;
            if (language.Length == 0 || language == OutputLanguage) continue;
            var fence = FenceLocation(chapter.Source.Path, block, lines);
            var attributes = ExampleAttributes.Parse(block.Arguments, out var problem);
            if (problem is not null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ExampleInvalidAttributes, fence, problem));
                continue;
            }
            if (attributes is null)
            {
                if (groups.Values.Any(g => g.Language == language)) diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ExampleUndecided, fence, language));
                continue;
            }
            if (attributes.Test != ExampleAttributes.Skip && !groups.ContainsKey(attributes.Test))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ExampleUnknownGroup, fence, attributes.Test,
                    groups.Count == 0 ? "none" : string.Join(", ", groups.Keys.Order(StringComparer.Ordinal))));
                continue;
            }
            var code = block.Lines.ToString().ReplaceLineEndings("\n");
            if (TryReadExpectedOutput(block, code, fence, diagnostics, out var expected)) examples.Add(new ExampleBlock(fence, language, attributes, code, expected));
        }
        return examples;
    }

    /// <summary>
    /// From `# ->` comments, or from an output block right after the block (only blank lines between); null when
    /// the block states none. False when it states both, which could disagree.
    /// </summary>
    private static bool TryReadExpectedOutput(FencedCodeBlock block, string code, Location fence, List<Diagnostic> diagnostics, out IReadOnlyList<string>? expected)
    {
        var fromComments = code.Split('\n').Select(line => ArrowComment().Match(line)).Where(m => m.Success).Select(m => m.Groups["text"].Value.TrimEnd()).ToList();
        var container = block.Parent!;
        var next = container.IndexOf(block) + 1;
        var fromBlock = next < container.Count && container[next] is FencedCodeBlock { Info: OutputLanguage } output
            ? output.Lines.ToString().ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd()).ToList()
            : null;
        expected = fromComments.Count > 0 ? fromComments : fromBlock;
        if (fromComments.Count == 0 || fromBlock is null) return true;
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ExampleOutputGivenTwice, fence));
        return false;
    }

    /// <summary>The fence line, from the opening `{` of the attributes (or the fence itself) to the end of the line.</summary>
    private static Location FenceLocation(string path, FencedCodeBlock block, string[] lines)
    {
        var line = block.Line + 1;
        var text = block.Line < lines.Length ? lines[block.Line] : string.Empty;
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        var column = brace >= 0 ? brace + 1 : block.Column + 1;
        return new Location(path, line, column, line, Math.Max(column, text.TrimEnd().Length));
    }

    [GeneratedRegex(@"#\s?->\s?(?<text>.*)$")]
    private static partial Regex ArrowComment();
}

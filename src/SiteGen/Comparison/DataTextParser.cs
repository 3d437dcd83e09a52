using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Syntax;
using SiteGen.Syntax.Markdown;
using SiteGen.Syntax.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Comparison;

/// <summary>
/// Parses a dataset text with the chapters' markdown pipeline and maps each position in the text back to
/// the YAML file: a link in a verdict is reported at its own line and column in comparison.yaml.
/// Raw HTML is reported (SG1408) and later written as text, never as markup.
/// </summary>
public static class DataTextParser
{
    public static DataText Parse(YamlScalarNode node, YamlText yaml, string fileText, List<Diagnostic> diagnostics)
    {
        var markdown = (node.Value ?? string.Empty).Trim();
        var document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Shared);
        var map = new ScalarPositionMap(node, yaml, fileText, markdown);
        var links = AuthorUrls.Collect(document, node => map.Locate(node.Line, node.Column, node.Span.Length));
        foreach (var item in document.Descendants())
        {
            switch (item)
            {
                case HtmlInline inline when !inline.Tag.StartsWith("</", StringComparison.Ordinal):
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DatasetRawHtml, map.Locate(inline.Line, inline.Column, inline.Span.Length), inline.Tag));
                    break;
                case HtmlBlock block:
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DatasetRawHtml, map.Locate(block.Line, block.Column, block.Span.Length),
                        block.Lines.ToString().Split('\n')[0].Trim()));
                    break;
            }
        }
        return new DataText(markdown, document, Markdig.Markdown.ToPlainText(markdown, MarkdownPipelineFactory.Shared).Trim(), links);
    }

    /// <summary>
    /// Maps (line, column) in a scalar's value to the file. Plain and quoted scalars on one line, and literal
    /// block scalars (|), map exactly; a folded or multi-line flow scalar maps each line of its value to the
    /// scalar's first line, the closest position the folding leaves.
    /// </summary>
    private sealed class ScalarPositionMap(YamlScalarNode node, YamlText yaml, string fileText, string value)
    {
        private readonly Location _scalar = yaml.LocationOf(node);

        public Location Locate(int line, int column, int length)
        {
            var start = Start(line, column);
            return new Location(_scalar.Path, start.Line, start.Column, start.Line, start.Column + Math.Max(length, 1) - 1);
        }

        private (int Line, int Column) Start(int line, int column)
        {
            if (node.Style is ScalarStyle.Literal or ScalarStyle.Folded)
            {
                var lines = fileText.Split('\n');
                var firstContentLine = _scalar.StartLine + 1;     // the line after the '|' indicator
                var indent = IndentOf(lines, firstContentLine);
                if (node.Style == ScalarStyle.Literal) return (firstContentLine + line, indent + 1 + column);
                return (firstContentLine, indent + 1);
            }
            var quote = node.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
            var leading = (node.Value ?? string.Empty).Length - (node.Value ?? string.Empty).TrimStart().Length;
            return line == 0 && !value.Contains('\n') ? (_scalar.StartLine, _scalar.StartColumn + quote + leading + column) : (_scalar.StartLine, _scalar.StartColumn);
        }

        private static int IndentOf(string[] lines, int fileLine)
        {
            for (var i = fileLine - 1; i < lines.Length; i++)
            {
                var text = lines[i].TrimEnd('\r');
                if (text.Trim().Length == 0) continue;
                return text.Length - text.TrimStart(' ').Length;
            }
            return 0;
        }
    }
}

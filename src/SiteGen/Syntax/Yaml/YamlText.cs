using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Syntax.Yaml;

/// <summary>
/// A YAML text embedded at a known place in a file (a whole guide.yml, a front matter block, a fenced block),
/// parsed into YamlDotNet's node tree, with every node mappable back to file line and column.
/// </summary>
public sealed class YamlText
{
    private readonly string[] _lines;

    private YamlText(string path, int firstLine, int firstColumn, string[] lines, YamlNode? root, bool failed)
    {
        _lines = lines;
        Failed = failed;
        Path = path;
        FirstLine = firstLine;
        FirstColumn = firstColumn;
        Root = root;
    }

    public string Path { get; }

    /// <summary>The file line (1-based) of the YAML text's first line.</summary>
    public int FirstLine { get; }

    /// <summary>Columns added to positions on the text's first line (an indented block).</summary>
    public int FirstColumn { get; }

    /// <summary>Whether the text could not be read (the reason is already reported).</summary>
    public bool Failed { get; }

    /// <summary>The document's root node, or null for an empty document.</summary>
    public YamlNode? Root { get; }

    /// <summary>
    /// Parses <paramref name="text"/>; a syntax error becomes one diagnostic at its position. Tags, anchors and
    /// aliases are reported as errors (SG1107, SG1108) where they are written, and nesting is bounded (SG1111).
    /// </summary>
    public static YamlText Parse(string text, string path, int firstLine, DiagnosticDescriptor syntaxError, List<Diagnostic> diagnostics, int firstColumn = 0)
    {
        var stream = new YamlStream();
        var parser = new PlainYamlParser(new Parser(new StringReader(text)));
        var lines = text.Split('\n');
        Location At(Mark start, Mark end) => Clamp(new Location(path, (int)start.Line, (int)start.Column, (int)end.Line, (int)end.Column), lines)
            .Offset(firstLine - 1, firstColumn);
        YamlNode? root = null;
        var failed = true;
        try
        {
            stream.Load(parser);
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            failed = false;
        }
        catch (PlainYamlParser.NestingTooDeepException e)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.YamlNestingTooDeep, At(e.Start, e.End), PlainYamlParser.MaxDepth + 1, PlainYamlParser.MaxDepth));
        }
        catch (YamlException e)
        {
            diagnostics.Add(TabIndentation(lines, (int)e.Start.Line, path) is { } tab
                ? Diagnostic.Create(DiagnosticDescriptors.YamlTabIndentation, tab.Offset(firstLine - 1, firstColumn))
                : Diagnostic.Create(syntaxError, At(e.Start, e.End), Describe(e)));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these (not YamlException) on some malformed input found by fuzzing.
            diagnostics.Add(Diagnostic.Create(syntaxError, At(parser.LastEnd, parser.LastEnd), "the YAML parser cannot read the text after this point"));
        }
        foreach (var finding in parser.Findings)
        {
            diagnostics.Add(finding.Kind == "tag"
                ? Diagnostic.Create(DiagnosticDescriptors.YamlTag, At(finding.Start, finding.End), finding.Text)
                : Diagnostic.Create(DiagnosticDescriptors.YamlAnchorOrAlias, At(finding.Start, finding.End), finding.Kind, finding.Text));
        }
        return new YamlText(path, firstLine, firstColumn, lines, root, failed);
    }

    /// <summary>
    /// YamlDotNet reports a tab in indentation where the enclosing mapping starts, lines before the tab; the
    /// tab itself is the useful position. Returns the first indentation tab from the error's line on.
    /// </summary>
    private static Location? TabIndentation(string[] lines, int errorLine, string path)
    {
        for (var i = Math.Max(errorLine - 1, 0); i < lines.Length; i++)
        {
            var indentEnd = lines[i].AsSpan().IndexOfAnyExcept(' ', '\t');
            if (indentEnd <= 0) continue;
            var tab = lines[i].AsSpan(0, indentEnd).IndexOf('\t');
            if (tab >= 0) return Location.At(path, i + 1, tab + 1);
        }
        return null;
    }

    /// <summary>YamlDotNet places end-of-input errors on the line after the last; keep positions inside the text.</summary>
    private static Location Clamp(Location location, string[] lines)
    {
        Location ClampStart(Location l) => l.StartLine <= lines.Length ? l
            : l with { StartLine = lines.Length, StartColumn = lines[^1].Length + 1 };
        var clamped = ClampStart(location);
        if (clamped.EndLine > lines.Length) clamped = clamped with { EndLine = lines.Length, EndColumn = lines[^1].Length + 1 };
        var maxColumn = lines[Math.Max(clamped.StartLine - 1, 0)].Length + 1;
        return clamped.StartColumn > maxColumn ? clamped with { StartColumn = maxColumn } : clamped;
    }

    public Location LocationOf(YamlNode node) =>
        Clamp(new Location(Path, (int)node.Start.Line, (int)node.Start.Column, (int)node.End.Line, (int)node.End.Column), _lines)
            .Offset(FirstLine - 1, FirstColumn);

    private static string Describe(YamlException e)
    {
        // YamlDotNet wraps conversion problems; the inner message says what is actually wrong.
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && paren > 0) message = message[(paren + 3)..];
        return message.TrimEnd('.');
    }
}

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
    private YamlText(string path, int firstLine, int firstColumn, YamlNode? root)
    {
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

    /// <summary>The document's root node, or null for an empty document.</summary>
    public YamlNode? Root { get; }

    /// <summary>Parses <paramref name="text"/>; a syntax error becomes one diagnostic at its position.</summary>
    public static YamlText Parse(string text, string path, int firstLine, DiagnosticDescriptor syntaxError, List<Diagnostic> diagnostics, int firstColumn = 0)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var location = new Location(path, (int)e.Start.Line, (int)e.Start.Column, (int)e.End.Line, (int)e.End.Column).Offset(firstLine - 1, firstColumn);
            diagnostics.Add(Diagnostic.Create(syntaxError, location, Describe(e)));
            return new YamlText(path, firstLine, firstColumn, null);
        }
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        return new YamlText(path, firstLine, firstColumn, root);
    }

    public Location LocationOf(YamlNode node) =>
        new Location(Path, (int)node.Start.Line, (int)node.Start.Column, (int)node.End.Line, (int)node.End.Column)
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

using Markdig.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Syntax;

/// <summary>
/// Maps character offsets of a text to 1-based lines and columns. Markdig's own line numbers are wrong in
/// places (a setext heading counts from its underline, so links in a multi-line one were reported lines
/// too low); its character spans are exact, so locations are computed from them.
/// </summary>
internal sealed class SourceLines
{
    private readonly List<int> _lineStarts = [0];
    private readonly int _length;

    public SourceLines(string text)
    {
        _length = text.Length;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) _lineStarts.Add(i + 1);
    }

    /// <summary>The location of a span: start and end (inclusive) character, each as line and column.</summary>
    public Location Of(string path, SourceSpan span)
    {
        var (startLine, startColumn) = Position(span.Start);
        var (endLine, endColumn) = Position(Math.Max(span.End, span.Start));
        return new Location(path, startLine, startColumn, endLine, endColumn);
    }

    private (int Line, int Column) Position(int offset)
    {
        offset = Math.Clamp(offset, 0, _length);
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}

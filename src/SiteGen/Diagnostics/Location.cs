namespace SiteGen.Diagnostics;

/// <summary>A span in a source file: a path relative to the guide root and 1-based lines and columns.</summary>
public sealed record Location(string Path, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>For problems that belong to no file (a bad command-line option, a missing folder).</summary>
    public static Location None { get; } = new(string.Empty, 0, 0, 0, 0);

    public bool IsInSource => Path.Length > 0;

    public static Location At(string path, int line, int column) => new(path, line, column, line, column);

    public static Location File(string path) => new(path, 0, 0, 0, 0);

    /// <summary>Moves a location found inside an embedded text (front matter, a fenced block) into file coordinates.</summary>
    public Location Offset(int lines, int columns = 0) =>
        this with
        {
            StartLine = StartLine + lines,
            EndLine = EndLine + lines,
            StartColumn = StartColumn + (StartLine == 1 ? columns : 0),
            EndColumn = EndColumn + (EndLine == 1 ? columns : 0),
        };

    public override string ToString() =>
        !IsInSource ? "<no file>" : StartLine == 0 ? Path : $"{Path}({StartLine},{StartColumn})";
}

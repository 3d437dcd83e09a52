namespace SiteGen.Syntax.Highlighting;

// Placeholder until the real highlighter lands (being written in parallel); same public surface.
public sealed class CodeHighlighter
{
    public static CodeHighlighter Shared { get; } = new();

    public bool TryHighlight(string? language, string code, out string html)
    {
        html = string.Empty;
        return false;
    }

    public static string? NormalizeLanguage(string? language) => language;
}

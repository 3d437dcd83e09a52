namespace SiteGen.Syntax.Highlighting;

/// <summary>The Python REPL's prompts: "&gt;&gt;&gt; " starts a statement, "... " continues it.</summary>
internal sealed class PythonSessionPrompt : SessionPrompt
{
    public override int Match(ReadOnlySpan<char> line, bool previousAskedForMore, out bool continuesCommand)
    {
        continuesCommand = line.StartsWith("...");
        if (line is ">>>" or "...")
        {
            return 3;
        }

        return line.StartsWith(">>> ") || line.StartsWith("... ") ? 4 : -1;
    }
}

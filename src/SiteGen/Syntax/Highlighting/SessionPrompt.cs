namespace SiteGen.Syntax.Highlighting;

/// <summary>How an interactive session (a shell, the Python REPL) marks the lines a user typed.</summary>
internal abstract class SessionPrompt
{
    /// <summary>
    /// The length of the prompt if <paramref name="line"/> is typed input, or -1 if it is output.
    /// <paramref name="continuesCommand"/> says whether the input carries on the previous line's command.
    /// </summary>
    public abstract int Match(ReadOnlySpan<char> line, bool previousAskedForMore, out bool continuesCommand);

    /// <summary>Whether the input typed on a line goes on to the next line.</summary>
    public virtual bool AsksForMore(ReadOnlySpan<char> input) => false;
}

namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// Shell prompts: "$ " or "% ", optionally after a virtualenv marker such as "(venv) ". A line ending in "\"
/// continues on the next line, which may start with "> ". A line starting with "#" is a comment typed at the prompt.
/// </summary>
internal sealed class ShellSessionPrompt : SessionPrompt
{
    public override int Match(ReadOnlySpan<char> line, bool previousAskedForMore, out bool continuesCommand)
    {
        continuesCommand = previousAskedForMore;
        if (previousAskedForMore)
        {
            return line.StartsWith("> ") ? 2 : 0;
        }

        if (line.StartsWith('#'))
        {
            return 0;
        }

        var prefix = VirtualEnvLength(line);
        var rest = line[prefix..];
        if (rest is "$" or "%")
        {
            return prefix + 1;
        }

        return rest.StartsWith("$ ") || rest.StartsWith("% ") ? prefix + 2 : -1;
    }

    public override bool AsksForMore(ReadOnlySpan<char> input) => input.TrimEnd().EndsWith('\\');

    private static int VirtualEnvLength(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith('('))
        {
            return 0;
        }

        var close = line.IndexOf(") ");
        return close > 1 && !line[1..close].ContainsAny(" ()") ? close + 2 : 0;
    }
}

using System.CommandLine;

namespace SiteGen.Cli.Commands;

/// <summary>Builds the command tree and maps parse errors to exit code 2.</summary>
public static class SiteGenCommandLine
{
    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        Parse(args, output, error) is { } parse ? parse.Invoke(new InvocationConfiguration { Output = output, Error = error }) : ExitCodes.BadCommandLine;

    /// <summary>Runs until the command ends or <paramref name="cancellation"/> stops it, as Ctrl+C stops `serve`.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellation) =>
        Parse(args, output, error) is { } parse
            ? await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellation)
            : ExitCodes.BadCommandLine;

    private static ParseResult? Parse(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("sitegen: compiles a guide of markdown chapters into a static site, with compiler-style diagnostics.")
        {
            BuildCommand.Create(output, error),
            CheckCommand.Create(output, error),
            NewCommand.Create(output, error),
            ServeCommand.Create(output, error),
            TestCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) error.WriteLine($"sitegen: {e.Message}");
            error.WriteLine("Run 'sitegen --help' for usage.");
            return null;
        }
        return parse;
    }
}

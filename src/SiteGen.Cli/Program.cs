using SiteGen.Cli.Commands;

namespace SiteGen.Cli;

/// <summary>The sitegen command: parses the command line and runs one subcommand.</summary>
public static class Program
{
    public static int Main(string[] args) => SiteGenCommandLine.Run(args, Console.Out, Console.Error);
}

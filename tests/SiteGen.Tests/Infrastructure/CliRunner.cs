using SiteGen.Cli.Commands;

namespace SiteGen.Tests.Infrastructure;

/// <summary>Runs the real command line in-process and captures what a user would see.</summary>
public static class CliRunner
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SiteGenCommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}

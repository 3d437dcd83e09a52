using SharpFuzz;
using SiteGen.Emit.Templates;
using SiteGen.Sources;
using SiteGen.Tests.Hostile;

namespace SiteGen.Fuzz;

/// <summary>afl++ entry point (through SharpFuzz) for the targets in <see cref="FuzzTarget"/>; run it with fuzz/run.sh.</summary>
public static class Program
{
    /// <summary>Runs one target; outside afl-fuzz it runs once over standard input (to replay a finding).</summary>
    public static int Main(string[] args)
    {
        if (args.Length != 2 || !FuzzTarget.Names.Contains(args[0]))
        {
            Console.Error.WriteLine($"usage: SiteGen.Fuzz {string.Join('|', FuzzTarget.Names)} THEME_FOLDER < INPUT");
            return 2;
        }
        FuzzTarget? target = null;
        try
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                // Instrumented code may run only inside Run (SharpFuzz maps afl's shared memory there), so the
                // guide and the compiled templates are set up on the first input.
                target ??= Prepare(args[0], args[1]);
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target.Run(buffer.ToArray());
            });
            return 0;
        }
        finally
        {
            target?.Dispose();
        }
    }

    private static FuzzTarget Prepare(string name, string themeFolder)
    {
        var theme = ThemeProject.Load(themeFolder) ?? throw new ArgumentException($"No theme at {themeFolder}");
        var target = new FuzzTarget(name, Path.Combine(Path.GetTempPath(), $"sitegen-fuzz-{Environment.ProcessId}"), theme, ThemeRenderer.Create(theme, cacheRoot: null));
        target.Run(target.Seed);
        return target;
    }
}

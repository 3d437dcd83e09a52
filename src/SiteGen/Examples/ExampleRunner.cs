using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Examples;

/// <summary>
/// Runs one example as untrusted code: saved with its group's prelude into a scratch folder of its own (its
/// working directory, HOME and TMPDIR), started without a shell and with a minimal environment, and stopped
/// with its whole process tree when it outlives its timeout.
/// </summary>
/// <param name="scratchRoot">The folder that holds one scratch folder per example, outside the guide.</param>
/// <param name="cacheRoot">SiteGen's cache root, for the {cache} placeholder.</param>
public sealed class ExampleRunner(string scratchRoot, string cacheRoot)
{
    // The variables an interpreter needs to start; nothing else of the caller's environment (tokens included) is passed on.
    private static readonly string[] InheritedVariables = ["PATH", "LANG", "SYSTEMROOT"];
    private static readonly TimeSpan DrainAfterKill = TimeSpan.FromSeconds(5);
    private const string OutputFileName = "output.txt";

    public async Task<ExampleResult> RunAsync(ExampleBlock block, TestGroup group, CancellationToken cancellation)
    {
        if (block.IsSkipped) return new ExampleResult(block, ExampleStatus.Skipped);
        var folder = Path.Combine(scratchRoot, block.Name);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(Path.Combine(folder, "tmp"));
        var file = Path.Combine(folder, group.FileName);
        await File.WriteAllTextAsync(file, group.Prelude + block.Code + "\n", cancellation);

        string Expand(string text) => text.Replace("{file}", file, StringComparison.Ordinal)
            .Replace("{dir}", folder, StringComparison.Ordinal).Replace("{cache}", cacheRoot, StringComparison.Ordinal);
        var start = new ProcessStartInfo(Expand(group.Command[0]))
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in group.Command.Skip(1)) start.ArgumentList.Add(Expand(argument));
        start.Environment.Clear();
        foreach (var name in InheritedVariables)
        {
            if (Environment.GetEnvironmentVariable(name) is { } value) start.Environment[name] = value;
        }
        start.Environment["HOME"] = folder;
        start.Environment["TMPDIR"] = Path.Combine(folder, "tmp");
        foreach (var (name, value) in group.Environment) start.Environment[name] = Expand(value);

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return new ExampleResult(block, ExampleStatus.Failed, MissingCommand(group));
        }
        using (process)
        {
            // An example never reads input: a closed stdin makes input() fail at once instead of waiting for the timeout.
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
            var stderr = process.StandardError.ReadToEndAsync(cancellation);
            var limit = block.Attributes.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : group.Timeout;
            var timedOut = false;
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
            {
                deadline.CancelAfter(limit);
                try
                {
                    await process.WaitForExitAsync(deadline.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(CancellationToken.None);
                    timedOut = !cancellation.IsCancellationRequested;
                }
            }
            cancellation.ThrowIfCancellationRequested();
            // A grandchild that escaped the kill could hold the pipes open; do not wait for it forever.
            var printed = await ReadOrEmpty(stdout);
            var errors = await ReadOrEmpty(stderr);
            var outputFile = Path.Combine(folder, OutputFileName);
            await File.WriteAllTextAsync(outputFile, printed + errors, CancellationToken.None);

            if (timedOut)
            {
                return Failed(block, Diagnostic.Create(DiagnosticDescriptors.ExampleTimedOut, block.Fence, limit.TotalSeconds.ToString(CultureInfo.InvariantCulture), outputFile));
            }
            if (process.ExitCode != 0)
            {
                var location = TracebackLocator.Find(errors, block, group) ?? block.Fence;
                return Failed(block, Diagnostic.Create(DiagnosticDescriptors.ExampleFailed, location, process.ExitCode, OneLine(LastLine(errors) ?? LastLine(printed) ?? "no output"), outputFile));
            }
            if (block.ExpectedOutput is { } expected && FirstDifference(expected, printed) is { } difference)
            {
                return Failed(block, Diagnostic.Create(DiagnosticDescriptors.ExampleOutputDiffers, block.Fence, difference.Line, OneLine(difference.Expected), OneLine(difference.Actual)));
            }
            return new ExampleResult(block, ExampleStatus.Passed);
        }
    }

    /// <summary>The diagnostic for a group whose command is not installed, at the group in guide.yml.</summary>
    public static Diagnostic MissingCommand(TestGroup group) =>
        Diagnostic.Create(DiagnosticDescriptors.TestCommandMissing, group.Location, group.Command[0], group.Name,
            group.Setup is null ? string.Empty : $"; run {group.Setup} to prepare it");

    /// <summary>Whether the group's program can be started: a path that exists, or a name found on PATH.</summary>
    public static bool CommandExists(TestGroup group)
    {
        var program = group.Command[0];
        if (program.Contains('{', StringComparison.Ordinal)) return true; // a placeholder: known only per example
        if (program.Contains('/', StringComparison.Ordinal) || program.Contains('\\', StringComparison.Ordinal)) return File.Exists(program);
        var extensions = OperatingSystem.IsWindows() ? new[] { "", ".exe", ".cmd", ".bat" } : [""];
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => extensions.Any(extension => File.Exists(Path.Combine(folder, program + extension))));
    }

    private static ExampleResult Failed(ExampleBlock block, Diagnostic diagnostic) => new(block, ExampleStatus.Failed, diagnostic);

    private static async Task<string> ReadOrEmpty(Task<string> reading)
    {
        try
        {
            return await reading.WaitAsync(DrainAfterKill);
        }
        catch (TimeoutException)
        {
            return string.Empty;
        }
    }

    private static (int Line, string Expected, string Actual)? FirstDifference(IReadOnlyList<string> expected, string printed)
    {
        var actual = printed.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line => line.TrimEnd()).ToList();
        if (actual is [""]) actual.Clear();
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var want = i < expected.Count ? expected[i] : null;
            var got = i < actual.Count ? actual[i] : null;
            if (want != got) return (i + 1, want ?? "(nothing more)", got ?? "(nothing more)");
        }
        return null;
    }

    private static string? LastLine(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').LastOrDefault(line => line.Trim().Length > 0)?.Trim();

    /// <summary>Keeps a diagnostic on one line: control characters become \xNN, and a long line is cut.</summary>
    private static string OneLine(string text)
    {
        var line = new StringBuilder();
        foreach (var c in text.Length > 200 ? text[..200] + "…" : text)
        {
            if (char.IsControl(c)) line.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            else line.Append(c);
        }
        return line.ToString();
    }
}

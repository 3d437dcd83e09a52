using System.CommandLine;
using System.Diagnostics;
using SiteGen.Cli.Output;
using SiteGen.Cli.Serve;

namespace SiteGen.Cli.Commands;

/// <summary>
/// `sitegen serve`: build, serve on 127.0.0.1 with Kestrel, rebuild on every save and reload open tabs;
/// errors go to the terminal and to an overlay in the page while the last good site stays served.
/// </summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var source = new Option<string>("--source") { Description = "The guide folder (holds guide.yml)", DefaultValueFactory = _ => "guide" };
        var theme = new Option<string>("--theme") { Description = "The theme folder", DefaultValueFactory = _ => DefaultTheme.Folder() };
        var outputFolder = new Option<string>("--output", "-o") { Description = "Where the site is written while serving", DefaultValueFactory = _ => "_site" };
        var port = new Option<int>("--port", "-p") { Description = "Port to listen on (0 picks a free one)", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host") { Description = "Address to listen on; only this machine by default", DefaultValueFactory = _ => "127.0.0.1" };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Do not log each request (method, path, status, milliseconds)" };
        var command = new Command("serve", "Build, serve the site locally, and rebuild and reload the browser on every change")
        {
            source, theme, outputFolder, port, host, open, quiet,
        };
        command.SetAction((parse, cancellation) => CommandGuard.RunAsync(error, verbose: false, async () =>
        {
            try
            {
                var settings = new ServeSettings(parse.GetValue(source)!, parse.GetValue(theme)!, parse.GetValue(outputFolder)!, parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(open), !parse.GetValue(quiet));
                return await Run(settings, output, cancellation);
            }
            catch (IOException e)
            {
                error.WriteLine($"sitegen: could not serve: {e.Message}");
                return ExitCodes.SourceErrors;
            }
        }));
        return command;
    }

    private sealed record ServeSettings(string Source, string Theme, string OutputFolder, string Host, int Port, bool Open, bool LogRequests);

    private static async Task<int> Run(ServeSettings settings, TextWriter output, CancellationToken cancellation)
    {
        // Rebuilds and requests write from their own threads.
        var console = TextWriter.Synchronized(output);
        var rebuilder = new SiteRebuilder(settings.Source, settings.Theme, settings.OutputFolder);
        var reporter = new DiagnosticReporter(console, Environment.CurrentDirectory, DiagnosticFormat.Text, errorLog: null);
        var first = rebuilder.Rebuild();
        reporter.Report(first.Diagnostics, rebuilder.GuideRoot);
        if (!first.Success && !Directory.Exists(rebuilder.Output))
        {
            reporter.Summary("Build", false, 0, first.Diagnostics, first.Elapsed);
            return ExitCodes.SourceErrors;
        }
        await using var session = await ServeSession.StartAsync(
            rebuilder, [rebuilder.GuideRoot, Path.GetFullPath(settings.Theme)], settings.Host, settings.Port, settings.LogRequests, reporter, console);
        console.WriteLine($"Serving {Path.GetRelativePath(Environment.CurrentDirectory, rebuilder.Output)} at {session.Url} (Ctrl+C to stop)");
        if (settings.Open) OpenBrowser(session.Url);
        await session.RunAsync(cancellation);
        console.WriteLine("Stopped.");
        return ExitCodes.Success;
    }

    private static void OpenBrowser(string url)
    {
        try
        {
            var opener = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
            Process.Start(new ProcessStartInfo(opener, url) { UseShellExecute = false })?.Dispose();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No browser opener on this machine: the URL is printed above.
        }
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
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
        var command = new Command("serve", "Build, serve the site locally, and rebuild and reload the browser on every change")
        {
            source, theme, outputFolder, port, host, open,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            try
            {
                return await Run(parse.GetValue(source)!, parse.GetValue(theme)!, parse.GetValue(outputFolder)!, parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(open), output, cancellation);
            }
            catch (IOException e)
            {
                error.WriteLine($"sitegen: could not serve: {e.Message}");
                return ExitCodes.SourceErrors;
            }
        });
        return command;
    }

    private static async Task<int> Run(string source, string theme, string outputFolder, string host, int port, bool open, TextWriter output, CancellationToken cancellation)
    {
        var rebuilder = new SiteRebuilder(source, theme, outputFolder);
        var reporter = new DiagnosticReporter(output, Environment.CurrentDirectory, DiagnosticFormat.Text, errorLog: null);
        var first = rebuilder.Rebuild();
        reporter.Report(first.Diagnostics, rebuilder.GuideRoot);
        if (!first.Success && !Directory.Exists(rebuilder.Output))
        {
            reporter.Summary("Build", false, 0, first.Diagnostics, first.Elapsed);
            return ExitCodes.SourceErrors;
        }
        await using var server = await DevServer.StartAsync(rebuilder.Output, host, port);
        output.WriteLine($"Serving {Path.GetRelativePath(Environment.CurrentDirectory, rebuilder.Output)} at {server.Url} (Ctrl+C to stop)");
        if (open) OpenBrowser(server.Url);

        var gate = new SemaphoreSlim(1, 1);
        using var watcher = new SourceWatcher([rebuilder.GuideRoot, Path.GetFullPath(theme)], () =>
        {
            if (!gate.Wait(0)) return;
            try
            {
                var result = rebuilder.Rebuild();
                reporter.Report(result.Diagnostics, rebuilder.GuideRoot);
                if (result.Success)
                {
                    server.NotifyReload();
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rebuilt {result.Pages} pages in {result.Elapsed.TotalMilliseconds:0} ms; reloading."));
                }
                else
                {
                    server.NotifyErrors(result.Diagnostics.Select(d => d.ToString()));
                    reporter.Summary("Rebuild", false, 0, result.Diagnostics, result.Elapsed);
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await server.WaitForShutdownAsync(cancellation);
        output.WriteLine("Stopped.");
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

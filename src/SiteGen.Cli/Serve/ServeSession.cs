using System.Globalization;
using SiteGen.Cli.Output;

namespace SiteGen.Cli.Serve;

/// <summary>
/// A running `sitegen serve` after its first build: the server, the watcher on the guide and theme folders,
/// and the queue that turns their changes into rebuilds, each reported in the terminal and to open tabs.
/// </summary>
public sealed class ServeSession : IAsyncDisposable
{
    private readonly SiteRebuilder _rebuilder;
    private readonly DiagnosticReporter _reporter;
    private readonly TextWriter _console;
    private readonly DevServer _server;
    private readonly RebuildQueue _rebuilds;
    private readonly SourceWatcher _watcher;

    private ServeSession(SiteRebuilder rebuilder, DiagnosticReporter reporter, TextWriter console, DevServer server, IEnumerable<string> watchedFolders)
    {
        _rebuilder = rebuilder;
        _reporter = reporter;
        _console = console;
        _server = server;
        _rebuilds = new RebuildQueue(RebuildAndNotify);
        _watcher = new SourceWatcher(watchedFolders, _rebuilds.Request);
    }

    public string Url => _server.Url;

    /// <summary>
    /// Serves the rebuilder's output folder on <paramref name="host"/>:<paramref name="port"/> and rebuilds on
    /// every change under <paramref name="watchedFolders"/>. <paramref name="console"/> must be safe to write
    /// from several threads (TextWriter.Synchronized); requests are logged to it unless <paramref name="logRequests"/> is false.
    /// </summary>
    public static async Task<ServeSession> StartAsync(
        SiteRebuilder rebuilder, IEnumerable<string> watchedFolders, string host, int port, bool logRequests, DiagnosticReporter reporter, TextWriter console)
    {
        var server = await DevServer.StartAsync(rebuilder.Output, host, port, logRequests ? console : null);
        return new ServeSession(rebuilder, reporter, console, server, watchedFolders);
    }

    /// <summary>Serves until <paramref name="cancellation"/> stops it; a rebuild's unexpected exception (a bug) is thrown from here.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        var ended = await Task.WhenAny(_server.WaitForShutdownAsync(cancellation), _rebuilds.Completion);
        await ended;
    }

    private void RebuildAndNotify()
    {
        SiteRebuilder.Result result;
        try
        {
            result = _rebuilder.Rebuild();
        }
        catch (IOException e)
        {
            // An editor can delete or replace a file between the listing and the read; its next event rebuilds again.
            var line = $"sitegen: could not rebuild: {e.Message}";
            _console.WriteLine(line);
            _server.NotifyErrors([line]);
            return;
        }
        _reporter.Report(result.Diagnostics, _rebuilder.GuideRoot);
        if (result.Success)
        {
            _server.NotifyReload();
            _console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Rebuilt {result.Pages} pages in {result.Elapsed.TotalMilliseconds:0} ms; reloading."));
        }
        else
        {
            _server.NotifyErrors(result.Diagnostics.Select(d => d.ToString()));
            _reporter.Summary("Rebuild", false, 0, result.Diagnostics, result.Elapsed);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Stop new requests first, then let a rebuild in progress finish before the server goes.
        _watcher.Dispose();
        await _rebuilds.DisposeAsync();
        await _server.DisposeAsync();
    }
}

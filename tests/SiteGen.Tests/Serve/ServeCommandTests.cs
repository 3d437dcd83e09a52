using System.Text.RegularExpressions;
using SiteGen.Cli.Commands;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Serve;

/// <summary>
/// `sitegen serve` as a user runs it, in-process on a free port of 127.0.0.1, stopped by the test as Ctrl+C
/// would stop it: the watcher, the rebuild queue, the server and the request log together.
/// </summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly TestGuide _guide = TestGuide.With(
        ("a.md", TestGuide.Chapter("Alpha", "First version of alpha.\n")),
        ("b.md", TestGuide.Chapter("Beta", "First version of beta.\n")));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private readonly LockedStringWriter _output = new();
    private readonly LockedStringWriter _error = new();

    public void Dispose()
    {
        _http.Dispose();
        _guide.Dispose();
    }

    [Fact]
    public async Task Two_saves_in_quick_succession_are_both_served()
    {
        await using var serve = await Serve();

        File.WriteAllText(Path.Combine(_guide.Root, "chapters", "a.md"), TestGuide.Chapter("Alpha", "Second version of alpha.\n"));
        File.WriteAllText(Path.Combine(_guide.Root, "chapters", "b.md"), TestGuide.Chapter("Beta", "Second version of beta.\n"));

        await Eventually.True(
            async () => await Serves(serve.Url + "a/", "Second version of alpha.") && await Serves(serve.Url + "b/", "Second version of beta."),
            "both saves to be served");
    }

    [Fact]
    public async Task Each_request_is_logged_on_one_line_and_the_server_stops_when_cancelled()
    {
        await using var serve = await Serve();

        await _http.GetStringAsync(serve.Url + "a/");
        await Eventually.True(() => _output.Lines().Any(RequestLine("GET", "/a/", 200).IsMatch), "the request log line");
        var exit = await serve.StopAsync();

        Assert.Equal(0, exit);
        Assert.Equal("Stopped.", _output.Lines()[^1]);
        await Assert.ThrowsAsync<HttpRequestException>(() => _http.GetStringAsync(serve.Url + "a/"));
    }

    [Fact]
    public async Task Quiet_logs_no_requests()
    {
        await using var serve = await Serve("--quiet");

        Assert.Contains("First version of alpha.", await _http.GetStringAsync(serve.Url + "a/"), StringComparison.Ordinal);
        Assert.Equal(405, (int)(await _http.PostAsync(serve.Url + "a/", content: null)).StatusCode);
        Assert.Equal(0, await serve.StopAsync());

        Assert.DoesNotContain(_output.Lines(), line => line.StartsWith("GET ", StringComparison.Ordinal) || line.StartsWith("POST ", StringComparison.Ordinal));
    }

    private async Task<ServingCommand> Serve(params string[] options)
    {
        var stop = new CancellationTokenSource();
        string[] args = ["serve", "--source", _guide.Root, "--theme", RepositoryPaths.Theme, "--output", _guide.OutputFolder, "--port", "0", .. options];
        var running = SiteGenCommandLine.RunAsync(args, _output, _error, stop.Token);
        string? url = null;
        await Eventually.True(() => running.IsCompleted || (url = ServingUrl().Match(_output.ToString()) is { Success: true } m ? m.Groups["url"].Value : null) is not null, "the server to start");
        Assert.False(running.IsCompleted, $"serve ended early: {_output}{_error}");
        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        return new ServingCommand(url!, running, stop);
    }

    private async Task<bool> Serves(string url, string text) => (await _http.GetStringAsync(url)).Contains(text, StringComparison.Ordinal);

    private static Regex RequestLine(string method, string path, int status) => new($"^{method} {Regex.Escape(path)} {status} \\d+ ms$");

    [GeneratedRegex(@"^Serving .* at (?<url>http://\S+/) \(Ctrl\+C to stop\)$", RegexOptions.Multiline)]
    private static partial Regex ServingUrl();

    /// <summary>A running `sitegen serve`; disposing it stops it as Ctrl+C would.</summary>
    private sealed record ServingCommand(string Url, Task<int> Running, CancellationTokenSource Stop) : IAsyncDisposable
    {
        public async Task<int> StopAsync()
        {
            await Stop.CancelAsync();
            var exit = await Running.WaitAsync(TimeSpan.FromSeconds(60));
            Stop.Dispose();
            return exit;
        }

        public async ValueTask DisposeAsync()
        {
            if (!Running.IsCompleted) await StopAsync();
        }
    }
}

using System.Net.Sockets;
using System.Text;
using SiteGen.Cli.Serve;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Serve;

/// <summary>The development server, over real HTTP on 127.0.0.1: pages, 404s, traversal attempts, live reload.</summary>
public sealed class DevServerTests : IAsyncLifetime
{
    private readonly TestGuide _guide = TestGuide.With(
        ("a.md", TestGuide.Chapter("Alpha", "First version.\n")),
        ("b.md", TestGuide.Chapter("Beta", "Text.\n")));
    private SiteRebuilder _rebuilder = null!;
    private DevServer _server = null!;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public async Task InitializeAsync()
    {
        // A file beside the output folder that no request may ever reach.
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_guide.Root)!, "secret.txt"), "top secret");
        _rebuilder = new SiteRebuilder(_guide.Root, RepositoryPaths.Theme, _guide.OutputFolder);
        Assert.True(_rebuilder.Rebuild().Success);
        _server = await DevServer.StartAsync(_rebuilder.Output, "127.0.0.1", 0);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _guide.Dispose();
    }

    [Fact]
    public async Task Pages_are_served_with_the_reload_script_only_when_serving()
    {
        var response = await _http.GetAsync(_server.Url + "a/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Alpha</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"{DevServer.ScriptPath}\" defer></script></body>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__sitegen", File.ReadAllText(Path.Combine(_guide.OutputFolder, "a", "index.html")), StringComparison.Ordinal);
        Assert.Equal("text/javascript; charset=utf-8", (await _http.GetAsync(_server.Url + DevServer.ScriptPath.TrimStart('/'))).Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task A_missing_page_gets_the_sites_404_page()
    {
        var response = await _http.GetAsync(_server.Url + "no/such/page/");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../../../../../etc/passwd")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/a/..%2f..%2fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/a\\..\\..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    public async Task Requests_cannot_leave_the_output_folder(string path)
    {
        var (status, body) = await RawGet(path);

        Assert.True(status is 400 or 404, $"{path} answered {status}");
        Assert.DoesNotContain("top secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_is_announced_to_open_tabs_and_the_changed_page_is_served()
    {
        using var events = await OpenEvents();

        File.WriteAllText(Path.Combine(_guide.Root, "chapters", "a.md"), TestGuide.Chapter("Alpha", "Second version.\n"));
        var result = _rebuilder.Rebuild();
        _server.NotifyReload();

        Assert.True(result.Success);
        Assert.Equal("event: reload", await ReadEvent(events));
        Assert.Contains("Second version.", await _http.GetStringAsync(_server.Url + "a/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_with_an_error_is_shown_and_the_last_good_site_stays_served()
    {
        using var events = await OpenEvents();

        File.WriteAllText(Path.Combine(_guide.Root, "chapters", "a.md"), TestGuide.Chapter("Alpha", "See [missing](nope.md).\n"));
        var result = _rebuilder.Rebuild();
        _server.NotifyErrors(result.Diagnostics.Select(d => d.ToString()));

        Assert.False(result.Success);
        Assert.Equal("event: errors", await ReadEvent(events));
        Assert.Contains("First version.", await _http.GetStringAsync(_server.Url + "a/"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_rebuild_renders_again_only_the_pages_a_change_affects()
    {
        File.WriteAllText(Path.Combine(_guide.Root, "chapters", "b.md"), TestGuide.Chapter("Beta", "Changed text.\n"));
        var textOnly = _rebuilder.Rebuild();

        File.WriteAllText(Path.Combine(_guide.Root, "chapters", "b.md"), TestGuide.Chapter("Beta renamed", "Changed text.\n"));
        var renamed = _rebuilder.Rebuild();

        Assert.Equal((true, 1), (textOnly.Success, textOnly.PagesRendered));
        Assert.Equal(renamed.Pages, renamed.PagesRendered);
        Assert.Contains("Beta renamed", File.ReadAllText(Path.Combine(_guide.OutputFolder, "a", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_watcher_reports_a_burst_of_changes_once()
    {
        var calls = 0;
        using var changed = new SemaphoreSlim(0);
        using var watcher = new SourceWatcher([_guide.Root], () => { Interlocked.Increment(ref calls); changed.Release(); });

        for (var i = 0; i < 3; i++) File.AppendAllText(Path.Combine(_guide.Root, "chapters", "b.md"), "More.\n");

        Assert.True(await changed.WaitAsync(TimeSpan.FromSeconds(10)));
        await Task.Delay(400);
        Assert.Equal(1, calls);
    }

    private async Task<StreamReader> OpenEvents()
    {
        var stream = await _http.GetStreamAsync(_server.Url + DevServer.EventsPath.TrimStart('/'));
        var reader = new StreamReader(stream);
        Assert.Equal(": connected", await reader.ReadLineAsync());
        return reader;
    }

    private static async Task<string> ReadEvent(StreamReader reader)
    {
        string? line;
        do
        {
            line = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        while (line is not null && line.Length == 0);
        return line ?? string.Empty;
    }

    /// <summary>Sends the path exactly as written (HttpClient would normalize it first).</summary>
    private async Task<(int Status, string Body)> RawGet(string path)
    {
        var uri = new Uri(_server.Url);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {uri.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var status = int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}

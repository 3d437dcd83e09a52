using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Cli.Serve;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Serve;

/// <summary>
/// The development server, over real HTTP on 127.0.0.1: pages, methods, folder redirects, 404s, traversal
/// attempts, the request log and live reload.
/// </summary>
public sealed class DevServerTests : IAsyncLifetime
{
    private readonly TestGuide _guide = TestGuide.With(
        ("a.md", TestGuide.Chapter("Alpha", "First version.\n")),
        ("b.md", TestGuide.Chapter("Beta", "Text.\n")));
    private SiteRebuilder _rebuilder = null!;
    private DevServer _server = null!;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private readonly LockedStringWriter _requestLog = new();

    public async Task InitializeAsync()
    {
        // A file beside the output folder that no request may ever reach.
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(_guide.Root)!, "secret.txt"), "top secret");
        _rebuilder = new SiteRebuilder(_guide.Root, RepositoryPaths.Theme, _guide.OutputFolder);
        Assert.True(_rebuilder.Rebuild().Success);
        _server = await DevServer.StartAsync(_rebuilder.Output, "127.0.0.1", 0, _requestLog);
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
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    [InlineData("PROPFIND")]
    [InlineData("MKCOL")]
    public async Task Methods_other_than_GET_and_HEAD_are_refused_with_405_and_the_allowed_methods(string method)
    {
        var response = await RawRequest(method, "/a/");

        Assert.Equal(405, response.Status);
        Assert.Equal("GET, HEAD", response.Header("Allow"));
        Assert.DoesNotContain("Alpha", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HEAD_describes_the_same_response_as_GET_without_its_body()
    {
        var get = await RawRequest("GET", "/a/");
        var head = await RawRequest("HEAD", "/a/");

        Assert.Equal((200, "text/html; charset=utf-8"), (head.Status, head.Header("Content-Type")));
        Assert.Equal(get.Header("Content-Length"), head.Header("Content-Length"));
        Assert.Equal(Encoding.UTF8.GetByteCount(get.Body).ToString(System.Globalization.CultureInfo.InvariantCulture), get.Header("Content-Length"));
        Assert.Equal(string.Empty, head.Body);
    }

    [Theory]
    [InlineData("attacker.example", 421)]
    [InlineData("attacker.example:80", 421)]
    [InlineData("127.0.0.1.attacker.example", 421)]
    [InlineData("localhost", 200)]
    [InlineData("LOCALHOST", 200)]
    [InlineData("127.0.0.1", 200)]
    [InlineData("[::1]", 200)]
    public async Task A_server_on_loopback_answers_only_to_this_machines_names(string host, int status)
    {
        // A page on another site that rebinds its name to 127.0.0.1 sends its own name in Host.
        var response = await RawRequest("GET", "/a/", host);

        Assert.Equal(status, response.Status);
        Assert.Equal(status == 200, response.Body.Contains("Alpha", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HEAD_of_the_event_stream_answers_at_once()
    {
        var head = await RawRequest("HEAD", DevServer.EventsPath);

        Assert.Equal((200, "text/event-stream"), (head.Status, head.Header("Content-Type")));
    }

    [Theory]
    [InlineData("/a", "/a/")]
    [InlineData("/a?lang=en&q=two%20words", "/a/?lang=en&q=two%20words")]
    public async Task A_folder_without_its_trailing_slash_is_redirected_to_it_with_the_query_kept(string path, string location)
    {
        var response = await RawRequest("GET", path);

        Assert.Equal(308, response.Status);
        Assert.Equal(location, response.Header("Location"));
    }

    [Theory]
    [InlineData("//a")]
    [InlineData("/a//")]
    public async Task A_path_with_an_empty_segment_is_never_redirected(string path)
    {
        // With a slash added, "//a" would be a URL for the host "a".
        var response = await RawRequest("GET", path);

        Assert.Equal(404, response.Status);
        Assert.Null(response.Header("Location"));
    }

    [Fact]
    public async Task Files_and_folders_with_their_slash_are_served_without_a_redirect()
    {
        Assert.Equal(200, (await RawRequest("GET", "/a/")).Status);
        Assert.Equal(200, (await RawRequest("GET", "/a/index.html")).Status);
        Assert.Equal(404, (await RawRequest("GET", "/nothing-here")).Status);
    }

    [Fact]
    public async Task Every_request_is_logged_on_one_line_with_method_path_status_and_milliseconds()
    {
        await RawRequest("GET", "/a/");
        await RawRequest("POST", "/a/");
        await RawRequest("GET", "/a");
        await RawRequest("GET", "/no/such/page/");
        await RawRequest("GET", "/forged%0D%0AGET%20/a/%20200");

        await Eventually.True(() => _requestLog.Lines().Count == 5, "five request log lines");
        var linesWithoutTimes = _requestLog.Lines().Select(line => Regex.Replace(line, @" \d+ ms$", " N ms"));
        Assert.Equal(
            ["GET /a/ 200 N ms", "POST /a/ 405 N ms", "GET /a 308 N ms", "GET /no/such/page/ 404 N ms", "GET /forged%0D%0AGET%20/a/%20200 404 N ms"],
            linesWithoutTimes);
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
        var response = await RawRequest("GET", path);

        Assert.True(response.Status is 400 or 404, $"{path} answered {response.Status}");
        Assert.DoesNotContain("top secret", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", response.Body, StringComparison.Ordinal);
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

        // The chapter, and the print page that holds every chapter.
        Assert.Equal((true, 2), (textOnly.Success, textOnly.PagesRendered));
        Assert.Equal(renamed.Pages, renamed.PagesRendered);
        Assert.Contains("Beta renamed", File.ReadAllText(Path.Combine(_guide.OutputFolder, "a", "index.html")), StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"b--title\">Beta renamed</h2>", File.ReadAllText(Path.Combine(_guide.OutputFolder, "print", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_no_cache_key_lists_by_hand_still_renders_every_page_again()
    {
        // The render cache's keys come from the view model itself, so `language:` (which once left pages
        // stale in serve) needs no entry anywhere to be covered.
        var guideFile = Path.Combine(_guide.Root, "guide.yml");
        File.WriteAllText(guideFile, File.ReadAllText(guideFile) + "language: fr\n");
        var result = _rebuilder.Rebuild();

        Assert.True(result.Success);
        Assert.Equal(result.Pages, result.PagesRendered);
        Assert.Contains("<html lang=\"fr\">", File.ReadAllText(Path.Combine(_guide.OutputFolder, "a", "index.html")), StringComparison.Ordinal);
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

    /// <summary>Sends the method and path exactly as written (HttpClient would normalize the path first).</summary>
    private async Task<RawResponse> RawRequest(string method, string path, string? host = null)
    {
        var uri = new Uri(_server.Url);
        using var client = new TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"{method} {path} HTTP/1.1\r\nHost: {host ?? uri.Authority}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);
        return RawResponse.Parse(await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20)));
    }

    private sealed record RawResponse(int Status, IReadOnlyList<(string Name, string Value)> Headers, string Body)
    {
        public static RawResponse Parse(string response)
        {
            var split = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var lines = response[..split].Split("\r\n");
            var headers = lines.Skip(1).Select(line => line.Split(':', 2)).Select(parts => (parts[0], parts[1].Trim())).ToList();
            return new RawResponse(int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, response[(split + 4)..]);
        }

        public string? Header(string name) =>
            Headers.Where(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).SingleOrDefault();
    }
}

using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Kestrel serving the output folder and nothing else, to GET and HEAD only: folders answer with their
/// index.html, a folder named without its trailing slash redirects to it (as static hosts do, so that the
/// page's relative links resolve), anything missing gets the site's 404 page, and HTML pages get the
/// live-reload script (only here, never in the built files). Server-sent events at /__sitegen/events tell open
/// tabs to reload or show errors.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    public const string EventsPath = "/__sitegen/events";
    public const string ScriptPath = "/__sitegen/livereload.js";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    private readonly WebApplication _app;
    private readonly RequestLog? _requestLog;
    private readonly bool _loopbackOnly;

    private DevServer(WebApplication app, string url, RequestLog? requestLog, bool loopbackOnly)
    {
        _app = app;
        Url = url;
        _requestLog = requestLog;
        _loopbackOnly = loopbackOnly;
    }

    public string Url { get; }

    public LiveReloadHub Hub { get; } = new();

    /// <summary>Starts serving <paramref name="root"/>; <paramref name="requestLog"/> gets one line per request, or none when null.</summary>
    public static async Task<DevServer> StartAsync(string root, string host, int port, TextWriter? requestLog = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}");
        var app = builder.Build();
        DevServer? server = null;
        app.Run(context => server!.HandleAndLog(context, root));
        await app.StartAsync();
        var loopbackOnly = host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
        server = new DevServer(app, app.Urls.First().TrimEnd('/') + "/", requestLog is null ? null : new RequestLog(requestLog), loopbackOnly);
        return server;
    }

    private async Task HandleAndLog(HttpContext context, string root)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            await Handle(context, root);
        }
        finally
        {
            _requestLog?.Write(context, clock.Elapsed);
        }
    }

    private async Task Handle(HttpContext context, string root)
    {
        // DNS rebinding: a web page whose host name now resolves to 127.0.0.1 reaches this server under its own
        // name. A server that only this machine can reach answers only to this machine's names.
        if (_loopbackOnly && !LoopbackNames.Contains(context.Request.Host.Host, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            return;
        }
        // A static site has nothing to post, put or delete; answering those with a page would hide a mistake.
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        var path = context.Request.Path.Value ?? "/";
        if (path == EventsPath)
        {
            // HEAD gets the headers only; a stream that sends no body would otherwise stay open until shutdown.
            if (HttpMethods.IsHead(context.Request.Method)) context.Response.ContentType = "text/event-stream";
            else await StreamEvents(context);
            return;
        }
        if (path == ScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.WriteAsync(LiveReloadScript.Text);
            return;
        }

        // PhysicalFileProvider never resolves outside its root; '..' segments, encoded or not, find nothing.
        using var files = new PhysicalFileProvider(root);
        if (IsFolderWithoutSlash(files, path))
        {
            context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
            context.Response.Headers.Location = context.Request.PathBase.Add(context.Request.Path).ToUriComponent() + "/" + context.Request.QueryString.ToUriComponent();
            return;
        }
        var file = Resolve(files, path);
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = files.GetFileInfo("404.html");
            if (!file.Exists) return;
        }
        if (!ContentTypes.TryGetContentType(file.Name, out var contentType)) contentType = "application/octet-stream";
        context.Response.ContentType = contentType.StartsWith("text/", StringComparison.Ordinal) ? contentType + "; charset=utf-8" : contentType;
        context.Response.Headers.CacheControl = "no-store";
        if (file.Name.EndsWith(".html", StringComparison.Ordinal))
        {
            await using var stream = file.CreateReadStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var html = await reader.ReadToEndAsync();
            var tag = $"<script src=\"{ScriptPath}\" defer></script>";
            var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            var body = Encoding.UTF8.GetBytes(end < 0 ? html + tag : html[..end] + tag + html[end..]);
            // Set for HEAD too (Kestrel sends no body for HEAD), so both methods describe the same response.
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
            return;
        }
        context.Response.ContentLength = file.Length;
        await context.Response.SendFileAsync(file);
    }

    private static IFileInfo? Resolve(PhysicalFileProvider files, string path)
    {
        if (!IsPlainPath(path)) return null;
        var file = files.GetFileInfo(path);
        if (file.Exists && !file.IsDirectory) return file;
        if (!path.EndsWith('/')) return null;
        var index = files.GetFileInfo(path + "index.html");
        return index.Exists ? index : null;
    }

    private static bool IsFolderWithoutSlash(PhysicalFileProvider files, string path) =>
        IsPlainPath(path) && !path.EndsWith('/') && !files.GetFileInfo(path).Exists && files.GetFileInfo(path + "/index.html").Exists;

    /// <summary>
    /// A path with no '.', '..' or empty segment and no backslash or NUL. Empty segments matter for redirects:
    /// `//example.com` with a slash added would send the browser to another host.
    /// </summary>
    private static bool IsPlainPath(string path)
    {
        if (path.Contains('\\', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal)) return false;
        var segments = path.Split('/');
        return segments.Skip(1).SkipLast(1).All(segment => segment is not ("" or ".." or ".")) && segments[^1] is not (".." or ".");
    }

    private async Task StreamEvents(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Hub.Subscribe();
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
        finally
        {
            Hub.Unsubscribe(channel);
        }
    }

    /// <summary>Tells every open tab to reload.</summary>
    public void NotifyReload() => Hub.Publish("reload", "{}");

    /// <summary>Shows diagnostics in an overlay in every open tab (the last good page stays underneath).</summary>
    public void NotifyErrors(IEnumerable<string> lines) => Hub.Publish("errors", JsonSerializer.Serialize(lines));

    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

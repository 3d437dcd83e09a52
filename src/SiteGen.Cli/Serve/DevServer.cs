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
/// Kestrel serving the output folder and nothing else: folders answer with their index.html, anything
/// missing with the site's 404 page, and HTML pages get the live-reload script (only here, never in the
/// built files). Server-sent events at /__sitegen/events tell open tabs to reload or show errors.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    public const string EventsPath = "/__sitegen/events";
    public const string ScriptPath = "/__sitegen/livereload.js";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;

    private DevServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public LiveReloadHub Hub { get; } = new();

    public static async Task<DevServer> StartAsync(string root, string host, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}");
        var app = builder.Build();
        DevServer? server = null;
        app.Run(context => server!.Handle(context, root));
        await app.StartAsync();
        server = new DevServer(app, app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    private async Task Handle(HttpContext context, string root)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == EventsPath)
        {
            await StreamEvents(context);
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
            await context.Response.WriteAsync(end < 0 ? html + tag : html[..end] + tag + html[end..]);
            return;
        }
        await context.Response.SendFileAsync(file);
    }

    private static IFileInfo? Resolve(PhysicalFileProvider files, string path)
    {
        if (path.Contains('\\', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal)) return null;
        if (path.Split('/').Any(segment => segment is ".." or ".")) return null;
        var file = files.GetFileInfo(path);
        if (file.Exists && !file.IsDirectory) return file;
        var index = files.GetFileInfo(path.TrimEnd('/') + "/index.html");
        return index.Exists ? index : null;
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

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// Serves a built site on 127.0.0.1 with an ephemeral port, the way a static host does (index.html for
/// folders, 404.html for anything missing). Stops when disposed.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The site root URL, ending with "/".</summary>
    public string BaseUrl { get; }

    /// <param name="serveUnknownFileTypes">Serve files of any extension as binary (Pagefind's index files, for the search bench).</param>
    public static async Task<StaticSiteServer> StartAsync(string root, bool serveUnknownFileTypes = false)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, WebRootPath = root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = serveUnknownFileTypes, DefaultContentType = "application/octet-stream" });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(root, "404.html"));
        });
        await app.StartAsync();
        return new StaticSiteServer(app, app.Urls.First().TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

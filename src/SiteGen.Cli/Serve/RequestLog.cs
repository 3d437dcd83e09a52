using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace SiteGen.Cli.Serve;

/// <summary>
/// One line per request: method, path, status and milliseconds, such as `GET /flask-routing/ 200 3 ms`.
/// The path is written in its escaped URL form, so a request for `/a%0Ab` cannot split or forge a line.
/// </summary>
public sealed class RequestLog(TextWriter writer)
{
    // Requests finish on many threads at once.
    private readonly TextWriter _writer = TextWriter.Synchronized(writer);

    /// <summary>Writes the line for a finished request (the method is a token Kestrel has already validated).</summary>
    public void Write(HttpContext context, TimeSpan elapsed)
    {
        var path = context.Request.PathBase.Add(context.Request.Path).ToUriComponent();
        _writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{context.Request.Method} {path} {context.Response.StatusCode} {elapsed.TotalMilliseconds:0} ms"));
    }
}

using System.IO.Compression;
using Microsoft.Playwright;

namespace SiteGen.Benchmarks.SearchComparison;

/// <summary>Counts every request a page finishes from now on, with its body's size raw and gzip-compressed (as a static host would serve it).</summary>
public sealed class TransferCounter
{
    private readonly List<(string Url, Task<byte[]> Body)> _requests = [];

    public TransferCounter(IPage page) => page.RequestFinished += (_, request) =>
    {
        lock (_requests) _requests.Add((request.Url, Body(request)));
    };

    /// <summary>The totals, and the files in the order they finished (their names without folder, hash or query), to tell where requests go.</summary>
    public async Task<(long Raw, long Gzip, int Requests, string[] Files)> TotalAsync()
    {
        (string Url, Task<byte[]> Body)[] pending;
        lock (_requests) pending = [.. _requests];
        var bodies = await Task.WhenAll(pending.Select(r => r.Body));
        return (bodies.Sum(b => (long)b.Length), bodies.Sum(Gzipped), bodies.Length, pending.Select(r => FileName(r.Url)).ToArray());
    }

    /// <summary>"t-se" for search/t-se.1a2b3c4d.js, "search-engine" for static/js/search-engine.js?v=…</summary>
    private static string FileName(string url)
    {
        var name = new Uri(url).Segments[^1];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }

    private static async Task<byte[]> Body(IRequest request) =>
        await request.ResponseAsync() is { } response ? await response.BodyAsync() : [];

    private static long Gzipped(byte[] body)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(body);
        return buffer.Length;
    }
}

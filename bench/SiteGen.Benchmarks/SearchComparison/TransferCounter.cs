using System.IO.Compression;
using Microsoft.Playwright;

namespace SiteGen.Benchmarks.SearchComparison;

/// <summary>Counts every request a page finishes from now on, with its body's size raw and gzip-compressed (as a static host would serve it).</summary>
public sealed class TransferCounter
{
    private readonly List<Task<byte[]>> _bodies = [];

    public TransferCounter(IPage page) => page.RequestFinished += (_, request) =>
    {
        lock (_bodies) _bodies.Add(Body(request));
    };

    public async Task<(long Raw, long Gzip, int Requests)> TotalAsync()
    {
        Task<byte[]>[] pending;
        lock (_bodies) pending = [.. _bodies];
        var bodies = await Task.WhenAll(pending);
        return (bodies.Sum(b => (long)b.Length), bodies.Sum(Gzipped), bodies.Length);
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

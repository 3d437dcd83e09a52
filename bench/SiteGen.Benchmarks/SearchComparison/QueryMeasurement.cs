namespace SiteGen.Benchmarks.SearchComparison;

/// <summary>
/// One query in one engine: the three results a reader sees first (site paths), the bytes and requests it cost
/// from a fresh browser context, the milliseconds until the results were there, and (SiteGen only) the
/// milliseconds from the last file's arrival to the results on screen, and the files it loaded.
/// </summary>
public sealed record QueryMeasurement(string[] Top, long RawBytes, long GzipBytes, int Requests, double Milliseconds, double? AfterLastFile, string[] Files)
{
    /// <summary>Whether one of the first three results is an expected section (a path ending in "/" stands for any section of that page).</summary>
    public bool Hits(IReadOnlyList<string> expected) =>
        Top.Any(url => expected.Any(e => e.EndsWith('/') ? url.StartsWith(e, StringComparison.Ordinal) : url == e));
}

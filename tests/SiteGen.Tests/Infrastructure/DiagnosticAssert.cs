using SiteGen.Diagnostics;

namespace SiteGen.Tests.Infrastructure;

/// <summary>Compares diagnostics by id, file, line and column, printing both lists on a mismatch.</summary>
public static class DiagnosticAssert
{
    /// <summary>Compares in source order (file, line, column), as the compiler reports them.</summary>
    public static void Equal(IEnumerable<Diagnostic> diagnostics, params (string Id, string Path, int Line, int Column)[] expected)
    {
        var actual = diagnostics.Order(Diagnostic.SourceOrder).ToArray();
        var actualRows = actual.Select(d => $"{d.Id} {d.Location.Path}({d.Location.StartLine},{d.Location.StartColumn})").ToArray();
        var expectedRows = expected.Select(e => $"{e.Id} {e.Path}({e.Line},{e.Column})").ToArray();
        Assert.True(expectedRows.SequenceEqual(actualRows),
            $"Expected:\n  {string.Join("\n  ", expectedRows)}\nActual:\n  {string.Join("\n  ", actual.Select(d => d.ToString()))}");
    }
}

namespace SiteGen.Diagnostics;

/// <summary>
/// An in-source suppression: `&lt;!-- sitegen-disable-next-line SG1201 --&gt;` in a chapter silences those ids
/// on the following line only, for a single known-good occurrence.
/// </summary>
public sealed record Suppression(string Path, int Line, IReadOnlySet<string> Ids)
{
    public bool Covers(Diagnostic diagnostic) =>
        diagnostic.Location.Path == Path && diagnostic.Location.StartLine == Line && Ids.Contains(diagnostic.Id);
}

namespace SiteGen.Diagnostics;

/// <summary>
/// How reported diagnostics become the ones shown: per-id severity overrides from guide.yml, in-source
/// suppressions, then --warnaserror. Like .editorconfig severities and #pragma warning in C#.
/// </summary>
public sealed record DiagnosticPolicy(
    bool WarningsAsErrors,
    IReadOnlyDictionary<string, DiagnosticSeverity?> Overrides,
    IReadOnlyList<Suppression> Suppressions)
{
    // Suppressions by the line they cover, so that applying the policy costs the same whatever their number.
    private readonly ILookup<(string Path, int Line), Suppression> _byLine = Suppressions.ToLookup(s => (s.Path, s.Line));

    /// <summary>The diagnostic as it should be reported, or null when it is switched off or suppressed.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        if (_byLine[(diagnostic.Location.Path, diagnostic.Location.StartLine)].Any(s => s.Covers(diagnostic))) return null;
        if (Overrides.TryGetValue(diagnostic.Id, out var severity))
        {
            if (severity is null) return null;
            diagnostic = diagnostic with { Severity = severity.Value };
        }
        return WarningsAsErrors && diagnostic.Severity == DiagnosticSeverity.Warning ? diagnostic with { Severity = DiagnosticSeverity.Error } : diagnostic;
    }
}

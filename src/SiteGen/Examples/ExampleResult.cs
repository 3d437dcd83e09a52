using SiteGen.Diagnostics;

namespace SiteGen.Examples;

/// <summary>What happened to one example: it passed, failed (with the diagnostic that says why) or was skipped.</summary>
public sealed record ExampleResult(ExampleBlock Block, ExampleStatus Status, Diagnostic? Diagnostic = null);

public enum ExampleStatus
{
    Passed,
    Failed,
    Skipped,
}

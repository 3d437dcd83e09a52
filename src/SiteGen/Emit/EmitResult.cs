using SiteGen.Diagnostics;

namespace SiteGen.Emit;

/// <summary>What an emit did: whether the site was written, every diagnostic, and the counts and times.</summary>
public sealed record EmitResult(bool Success, IReadOnlyList<Diagnostic> Diagnostics, int PageCount, int FileCount, PhaseTimings Timings);

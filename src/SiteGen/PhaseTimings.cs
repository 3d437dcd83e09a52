namespace SiteGen;

/// <summary>Wall-clock time spent in each phase of one compilation and emit, for --verbose and benchmarks.</summary>
public sealed record PhaseTimings
{
    public TimeSpan Parse { get; init; }
    public TimeSpan Bind { get; init; }
    public TimeSpan TemplateCompile { get; init; }
    public TimeSpan Render { get; init; }
    public TimeSpan SearchIndex { get; init; }
    public TimeSpan Write { get; init; }
}

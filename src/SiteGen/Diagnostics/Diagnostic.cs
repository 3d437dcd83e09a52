namespace SiteGen.Diagnostics;

/// <summary>One reported problem: what kind (descriptor), where (location) and the details (arguments).</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Location Location, IReadOnlyList<object?> Arguments)
{
    public DiagnosticSeverity Severity { get; init; } = Descriptor.DefaultSeverity;

    public string Id => Descriptor.Id;

    public string Message => Descriptor.FormatMessage(Arguments);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        new(descriptor, location, arguments);

    /// <summary>Orders diagnostics the way compilers print them: by file, then position, then id.</summary>
    public static IComparer<Diagnostic> SourceOrder { get; } = Comparer<Diagnostic>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Location.Path, b.Location.Path);
        if (c == 0) c = a.Location.StartLine.CompareTo(b.Location.StartLine);
        if (c == 0) c = a.Location.StartColumn.CompareTo(b.Location.StartColumn);
        if (c == 0) c = string.CompareOrdinal(a.Id, b.Id);
        return c == 0 ? string.CompareOrdinal(a.Message, b.Message) : c;
    });

    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}

namespace SiteGen.Diagnostics;

/// <summary>One reported problem: what kind (descriptor), where (location) and the details (arguments).</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Location Location, IReadOnlyList<object?> Arguments)
{
    public DiagnosticSeverity Severity { get; init; } = Descriptor.DefaultSeverity;

    public string Id => Descriptor.Id;

    /// <summary>
    /// The message, with control characters escaped (a tab as <c>\t</c>, NUL as <c>\u0000</c>): arguments
    /// quote source text, and a raw newline or tab would split or garble the one line a diagnostic prints as.
    /// </summary>
    public string Message => EscapeControlCharacters(Descriptor.FormatMessage(Arguments));

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

    private static string EscapeControlCharacters(string message)
    {
        if (!message.AsSpan().ContainsAny(Unprintable)) return message;
        var escaped = new System.Text.StringBuilder(message.Length + 8);
        foreach (var c in message)
        {
            escaped.Append(c switch
            {
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ when Unprintable.Contains(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidi overrides.</summary>
    private static readonly System.Buffers.SearchValues<char> Unprintable = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(i => (char)i), .. Enumerable.Range(0x7F, 0x21).Select(i => (char)i),
         '\u2028', '\u2029', .. Enumerable.Range(0x202A, 5).Select(i => (char)i), .. Enumerable.Range(0x2066, 4).Select(i => (char)i)]);

    public override string ToString() => $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}

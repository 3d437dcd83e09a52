using System.Globalization;

namespace SiteGen.Diagnostics;

/// <summary>The fixed facts about one kind of diagnostic: a stable id, its wording and default severity.</summary>
/// <param name="Id">Stable identifier such as <c>SG1201</c>; never reused for another meaning.</param>
/// <param name="Title">A short sentence naming the problem, used in docs and SARIF rules.</param>
/// <param name="MessageFormat">A composite format string filled with the diagnostic's arguments.</param>
/// <param name="Category">The phase or area that reports it (Project, Syntax, Links, Html, Theme, Output).</param>
/// <param name="DefaultSeverity">The severity when no configuration overrides it.</param>
/// <param name="Help">One sentence that says how to fix it.</param>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    DiagnosticSeverity DefaultSeverity,
    string Help)
{
    public string FormatMessage(IReadOnlyList<object?> arguments) =>
        arguments.Count == 0
            ? MessageFormat
            : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments.ToArray());
}

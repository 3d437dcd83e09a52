using System.Text.Json;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Output;

/// <summary>One JSON object per line per diagnostic, for editors and scripts.</summary>
public static class JsonFormat
{
    public static string Format(Diagnostic diagnostic, string path) =>
        JsonSerializer.Serialize(new
        {
            id = diagnostic.Id,
            severity = diagnostic.Severity.ToString().ToLowerInvariant(),
            message = diagnostic.Message,
            file = path.Length == 0 ? null : path,
            line = diagnostic.Location.StartLine,
            column = diagnostic.Location.StartColumn,
            endLine = diagnostic.Location.EndLine,
            endColumn = diagnostic.Location.EndColumn,
            title = diagnostic.Descriptor.Title,
            category = diagnostic.Descriptor.Category,
        });
}

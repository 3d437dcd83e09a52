using SiteGen.Diagnostics;

namespace SiteGen.Cli.Output;

/// <summary>The canonical one-line form: <c>path(line,col): error SG1201: message</c>.</summary>
public static class MsBuildFormat
{
    public static string Format(Diagnostic diagnostic, string path)
    {
        var severity = diagnostic.Severity == DiagnosticSeverity.Info ? "info" : diagnostic.Severity.ToString().ToLowerInvariant();
        var location = path.Length == 0 ? "sitegen"
            : diagnostic.Location.StartLine > 0 ? $"{path}({diagnostic.Location.StartLine},{diagnostic.Location.StartColumn})"
            : path;
        return $"{location}: {severity} {diagnostic.Id}: {diagnostic.Message}";
    }
}

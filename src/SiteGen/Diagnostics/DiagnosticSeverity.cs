namespace SiteGen.Diagnostics;

/// <summary>How serious a diagnostic is; <see cref="Error"/> stops the build from emitting.</summary>
public enum DiagnosticSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

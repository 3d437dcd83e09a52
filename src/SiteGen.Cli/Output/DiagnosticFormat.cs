namespace SiteGen.Cli.Output;

/// <summary>How diagnostics are printed: for people, for tools, or for GitHub Actions annotations.</summary>
public enum DiagnosticFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
}

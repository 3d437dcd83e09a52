namespace SiteGen;

/// <summary>Options that change how a guide compiles, as given on the command line.</summary>
/// <param name="BasePath">Overrides guide.yml's base_path when set (e.g. "/repo-name/").</param>
/// <param name="WarningsAsErrors">Reports every warning as an error (the build then fails on any warning).</param>
public sealed record CompilationOptions(string? BasePath = null, bool WarningsAsErrors = false)
{
    /// <summary>The policy derived from the options and the sources; set by the compilation.</summary>
    public Diagnostics.DiagnosticPolicy? Policy { get; init; }

    public static CompilationOptions Default { get; } = new();
}

using System.Globalization;
using System.Reflection;
using SiteGen.Diagnostics;
using SiteGen.Emit.Templates;

namespace SiteGen.Cli.Output;

/// <summary>
/// Prints diagnostics in the chosen format (MSBuild-style text, JSON lines, or GitHub workflow commands),
/// writes the SARIF log when asked, and prints the closing summary line.
/// </summary>
public sealed class DiagnosticReporter(TextWriter output, string currentDirectory, DiagnosticFormat format, string? errorLog)
{
    public void Report(IEnumerable<Diagnostic> diagnostics, string guideRoot)
    {
        var shown = diagnostics.Where(d => d.Severity > DiagnosticSeverity.Hidden).Select(d => (d, DisplayPath(d.Location, guideRoot))).ToArray();
        if (format != DiagnosticFormat.Sarif)
        {
            foreach (var (diagnostic, path) in shown)
            {
                output.WriteLine(format switch
                {
                    DiagnosticFormat.Json => JsonFormat.Format(diagnostic, path),
                    DiagnosticFormat.GitHub => GitHubFormat.Format(diagnostic, path),
                    _ => MsBuildFormat.Format(diagnostic, path),
                });
            }
        }
        if (errorLog is not null)
        {
            var version = typeof(DiagnosticReporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
            File.WriteAllText(errorLog, SarifLog.Create(shown, version));
        }
    }

    public void Summary(string verb, bool success, int pages, IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        output.WriteLine(success
            ? string.Create(CultureInfo.InvariantCulture, $"{verb} succeeded: {pages} pages, {Plural(warnings, "warning")}, {elapsed.TotalSeconds:0.00} s")
            : $"{verb} failed: {Plural(errors, "error")}, {Plural(warnings, "warning")}");
    }

    public void Timings(PhaseTimings timings, TemplateDiskCache? cache)
    {
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
        output.WriteLine($"  parse {Ms(timings.Parse)}, bind {Ms(timings.Bind)}, templates {Ms(timings.TemplateCompile)}"
            + $" ({(cache is null ? "cache off" : $"{cache.Hits} from cache")}), render {Ms(timings.Render)}, search index {Ms(timings.SearchIndex)}, write {Ms(timings.Write)}");
    }

    /// <summary>Paths relative to the current folder, with forward slashes, so editors and CI can open them.</summary>
    private string DisplayPath(Location location, string guideRoot) =>
        !location.IsInSource ? string.Empty
        : Path.GetRelativePath(currentDirectory, Path.Combine(guideRoot, location.Path)).Replace('\\', '/');

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}

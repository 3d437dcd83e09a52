using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Emit.Templates;

namespace SiteGen.Cli.Output;

/// <summary>Prints diagnostics the way compilers do (MSBuild format) and the closing summary line.</summary>
public sealed class DiagnosticReporter(TextWriter output, string currentDirectory)
{
    public void Report(IEnumerable<Diagnostic> diagnostics, string guideRoot)
    {
        foreach (var diagnostic in diagnostics.Where(d => d.Severity > DiagnosticSeverity.Hidden))
        {
            output.WriteLine(MsBuildFormat.Format(diagnostic, DisplayPath(diagnostic.Location, guideRoot)));
        }
    }

    public void Summary(bool success, int pages, IReadOnlyList<Diagnostic> diagnostics, TimeSpan elapsed)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        output.WriteLine(success
            ? string.Create(CultureInfo.InvariantCulture, $"Build succeeded: {pages} pages, {Plural(warnings, "warning")}, {elapsed.TotalSeconds:0.00} s")
            : $"Build failed: {Plural(errors, "error")}, {Plural(warnings, "warning")}");
    }

    public void Timings(PhaseTimings timings, TemplateDiskCache? cache)
    {
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
        output.WriteLine($"  parse {Ms(timings.Parse)}, bind {Ms(timings.Bind)}, templates {Ms(timings.TemplateCompile)}"
            + $" ({(cache is null ? "cache off" : $"{cache.Hits} from cache")}), render {Ms(timings.Render)}, write {Ms(timings.Write)}");
    }

    /// <summary>Paths relative to the current folder, so editors and CI can open them.</summary>
    private string DisplayPath(Location location, string guideRoot) =>
        !location.IsInSource ? string.Empty
        : Path.GetRelativePath(currentDirectory, Path.Combine(guideRoot, location.Path)).Replace('\\', '/');

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}

using System.CommandLine;
using SiteGen.Cli.Output;

namespace SiteGen.Cli.Commands;

/// <summary>The options build and check share: where the sources are, and how diagnostics are reported.</summary>
public sealed class CommonOptions
{
    public Option<string> Source { get; } = new("--source") { Description = "The guide folder (holds guide.yml)", DefaultValueFactory = _ => "guide" };

    public Option<string> Theme { get; } = new("--theme")
    {
        Description = "The theme folder (holds layouts/ and assets/); default: ./theme, else the theme built into sitegen",
        DefaultValueFactory = _ => DefaultTheme.Folder(),
    };

    public Option<string?> BasePath { get; } = new("--base-path") { Description = "URL path the site is served under, e.g. /repo-name/ (overrides guide.yml)" };

    public Option<bool> WarnAsError { get; } = new("--warnaserror") { Description = "Treat warnings as errors" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Print phase timings, and details of internal errors" };

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Do not use or write the compiled-template and highlighting caches" };

    public Option<string> Format { get; } = CreateFormat();

    public Option<string?> ErrorLog { get; } = new("--errorlog") { Description = "Also write every diagnostic to this file as a SARIF 2.1.0 log" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Source, Theme, BasePath, WarnAsError, Verbose, NoCache, Format, ErrorLog }) command.Add(option);
    }

    /// <summary>Loads the guide and theme named on the command line, or reports why not and returns null.</summary>
    public ProjectLoader.Loaded? LoadOrReport(ParseResult parse, DiagnosticReporter reporter, string verb, TimeSpan elapsed)
    {
        var loaded = ProjectLoader.Load(parse.GetValue(Source)!, parse.GetValue(Theme)!);
        if (loaded.Project is not null) return loaded;
        reporter.Report(loaded.Diagnostics, loaded.GuideRoot);
        reporter.Summary(verb, false, 0, loaded.Diagnostics, elapsed);
        return null;
    }

    /// <summary>The reporter for this invocation: GitHub workflow commands by default inside GitHub Actions.</summary>
    public DiagnosticReporter Reporter(ParseResult parse, TextWriter output)
    {
        var chosen = parse.GetResult(Format) is { Implicit: false }
            ? parse.GetValue(Format)!
            : Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true" ? "github" : "text";
        var format = chosen switch
        {
            "json" => DiagnosticFormat.Json,
            "sarif" => DiagnosticFormat.Sarif,
            "github" => DiagnosticFormat.GitHub,
            _ => DiagnosticFormat.Text,
        };
        var errorLog = parse.GetValue(ErrorLog) ?? (format == DiagnosticFormat.Sarif ? "sitegen.sarif" : null);
        return new DiagnosticReporter(output, Environment.CurrentDirectory, format, errorLog);
    }

    private static Option<string> CreateFormat()
    {
        var option = new Option<string>("--format")
        {
            Description = "Diagnostic format: text (default; github inside GitHub Actions), json (one object per line), sarif (written to --errorlog, default sitegen.sarif), github",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        return option;
    }
}

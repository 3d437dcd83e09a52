using System.CommandLine;
using System.Diagnostics;
using SiteGen.Cli.Output;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Emit.Templates;
using SiteGen.Sources;
using SiteGen.Syntax.Highlighting;

namespace SiteGen.Cli.Commands;

/// <summary>`sitegen build`: compile the guide and write the site, or report why not.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var source = new Option<string>("--source") { Description = "The guide folder (holds guide.yml)", DefaultValueFactory = _ => "guide" };
        var theme = new Option<string>("--theme") { Description = "The theme folder (holds layouts/ and assets/); default: ./theme, else the theme built into sitegen", DefaultValueFactory = _ => DefaultTheme.Folder() };
        var outputFolder = new Option<string>("--output", "-o") { Description = "Where the site is written (replaced as a whole)", DefaultValueFactory = _ => "_site" };
        var basePath = new Option<string?>("--base-path") { Description = "URL path the site is served under, e.g. /repo-name/ (overrides guide.yml)" };
        var warnAsError = new Option<bool>("--warnaserror") { Description = "Treat warnings as errors" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print phase timings, and details of internal errors" };
        var noCache = new Option<bool>("--no-cache") { Description = "Do not use or write the compiled-template cache" };

        var command = new Command("build", "Build the site from the guide and the theme")
        {
            source, theme, outputFolder, basePath, warnAsError, verbose, noCache,
        };
        command.SetAction(parse => CommandGuard.Run(error, parse.GetValue(verbose), () =>
        {
            var clock = Stopwatch.StartNew();
            var reporter = new DiagnosticReporter(output, Environment.CurrentDirectory);
            var options = new CompilationOptions(parse.GetValue(basePath), parse.GetValue(warnAsError));
            var loaded = ProjectLoader.Load(parse.GetValue(source)!, parse.GetValue(theme)!);
            if (loaded.Project is null)
            {
                reporter.Report(loaded.Diagnostics, loaded.GuideRoot);
                reporter.Summary(false, 0, loaded.Diagnostics, clock.Elapsed);
                return ExitCodes.SourceErrors;
            }
            var compilation = SiteCompilation.Create(loaded.Project, options);
            var cacheRoot = parse.GetValue(noCache) ? null : CacheLocation.Root();
            var renderer = ThemeRenderer.Create(loaded.Project.Theme, cacheRoot is null ? null : CacheLocation.Templates(cacheRoot));
            var highlights = cacheRoot is null ? HighlightCache.InMemory() : HighlightCache.Load(CacheLocation.Highlighting(cacheRoot));
            var result = SiteEmitter.Emit(compilation, renderer, parse.GetValue(outputFolder)!, highlights);
            reporter.Report(result.Diagnostics, loaded.GuideRoot);
            if (parse.GetValue(verbose)) reporter.Timings(result.Timings, renderer.Cache);
            reporter.Summary(result.Success, result.PageCount, result.Diagnostics, clock.Elapsed);
            return result.Success ? ExitCodes.Success : ExitCodes.SourceErrors;
        }));
        return command;
    }
}

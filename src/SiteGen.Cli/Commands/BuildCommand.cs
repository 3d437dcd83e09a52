using System.CommandLine;
using System.Diagnostics;
using SiteGen.Emit;
using SiteGen.Search;
using SiteGen.Emit.Templates;
using SiteGen.Syntax.Highlighting;

namespace SiteGen.Cli.Commands;

/// <summary>`sitegen build`: compile the guide and write the site, or report why not.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var common = new CommonOptions();
        var outputFolder = new Option<string>("--output", "-o") { Description = "Where the site is written (replaced as a whole)", DefaultValueFactory = _ => "_site" };
        var command = new Command("build", "Build the site from the guide and the theme") { outputFolder };
        common.AddTo(command);
        command.SetAction(parse => CommandGuard.Run(error, parse.GetValue(common.Verbose), () =>
        {
            var clock = Stopwatch.StartNew();
            var reporter = common.Reporter(parse, output);
            if (common.LoadOrReport(parse, reporter, "Build", clock.Elapsed) is not { Project: { } project } loaded) return ExitCodes.SourceErrors;
            var cacheRoot = parse.GetValue(common.NoCache) ? null : CacheLocation.Root();
            // The theme's templates and the highlighting cache do not depend on the compiled guide: they load while it
            // compiles, on the other core.
            var theme = Task.Run(() =>
            {
                var prepared = ThemeRenderer.Create(project.Theme, cacheRoot is null ? null : CacheLocation.Templates(cacheRoot), cacheRoot is null ? null : CacheLocation.Assets(cacheRoot));
                SiteEmitter.PrepareTheme(prepared, project);
                return prepared;
            });
            var highlights = Task.Run(() => cacheRoot is null ? HighlightCache.InMemory() : HighlightCache.Load(CacheLocation.Highlighting(cacheRoot)));
            var compilation = SiteCompilation.Create(project, new CompilationOptions(parse.GetValue(common.BasePath), parse.GetValue(common.WarnAsError)));
            var renderer = theme.GetAwaiter().GetResult();
            var result = SiteEmitter.Emit(compilation, renderer, parse.GetValue(outputFolder)!, highlights.GetAwaiter().GetResult(),
                searchIndex: cacheRoot is null ? null : new SearchIndexCache(CacheLocation.SearchIndex(cacheRoot)));
            reporter.Report(result.Diagnostics, loaded.GuideRoot);
            if (parse.GetValue(common.Verbose)) reporter.Timings(result.Timings, renderer.Cache);
            reporter.Summary("Build", result.Success, result.PageCount, result.Diagnostics, clock.Elapsed);
            return result.Success ? ExitCodes.Success : ExitCodes.SourceErrors;
        }));
        return command;
    }
}

using System.CommandLine;
using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Emit.Templates;
using SiteGen.Examples;
using SiteGen.Syntax.Highlighting;

namespace SiteGen.Cli.Commands;

/// <summary>
/// `sitegen check`: everything build validates (sources, links, data, questions, theme templates and
/// rendering) and whether each example has decided how it runs, writing nothing and running nothing. For pull
/// requests and editors; same exit codes as build.
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var common = new CommonOptions();
        var command = new Command("check", "Check the guide and theme for every problem a build would report, without writing the site");
        common.AddTo(command);
        command.SetAction(parse => CommandGuard.Run(error, parse.GetValue(common.Verbose), () =>
        {
            var clock = Stopwatch.StartNew();
            var reporter = common.Reporter(parse, output);
            if (common.LoadOrReport(parse, reporter, "Check", clock.Elapsed) is not { Project: { } project } loaded) return ExitCodes.SourceErrors;
            var options = new CompilationOptions(parse.GetValue(common.BasePath), parse.GetValue(common.WarnAsError));
            var compilation = SiteCompilation.Create(project, options);
            var diagnostics = SiteCompilation.Finish(compilation.Diagnostics.Concat(ExampleDecisions(compilation)), compilation.Options);
            var pages = 0;
            if (!compilation.HasErrors)
            {
                var cacheRoot = parse.GetValue(common.NoCache) ? null : CacheLocation.Root();
                var renderer = ThemeRenderer.Create(project.Theme, cacheRoot is null ? null : CacheLocation.Templates(cacheRoot), cacheRoot is null ? null : CacheLocation.Assets(cacheRoot));
                // Rendered and dropped: check reports what build would, and writes nothing.
                var rendered = SiteEmitter.Render(compilation, renderer, (_, _) => Interlocked.Increment(ref pages), HighlightCache.InMemory());
                diagnostics = SiteCompilation.Finish(diagnostics.Concat(rendered.Diagnostics), compilation.Options);
            }
            var success = !diagnostics.Any(d => d.IsError);
            reporter.Report(diagnostics, loaded.GuideRoot);
            reporter.Summary("Check", success, pages, diagnostics, clock.Elapsed);
            return success ? ExitCodes.Success : ExitCodes.SourceErrors;
        }));
        return command;
    }

    /// <summary>The `tests:` groups and each block's {test=…}, checked without running anything (`sitegen test` runs them).</summary>
    private static List<Diagnostic> ExampleDecisions(SiteCompilation compilation)
    {
        var diagnostics = new List<Diagnostic>();
        var groups = TestGroupsParser.Parse(compilation.Project.ProjectFile, compilation.Project.Root, diagnostics);
        foreach (var chapter in compilation.Chapters) ExampleCollector.Collect(chapter, groups, diagnostics);
        return diagnostics;
    }
}

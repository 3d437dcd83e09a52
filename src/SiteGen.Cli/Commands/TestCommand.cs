using System.CommandLine;
using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Examples;
using SiteGen.Sources;

namespace SiteGen.Cli.Commands;

/// <summary>
/// `sitegen test`: runs the guide's examples (fenced blocks marked {test=GROUP}) with the commands guide.yml
/// gives under `tests:`, and reports each failure at its line in the chapter. Examples are untrusted code:
/// only this command runs them, never build, check or serve (docs/examples-testing.md).
/// </summary>
public static class TestCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var common = new CommonOptions();
        var group = new Option<string?>("--group") { Description = "Run only the examples of this test group" };
        var chapter = new Option<string?>("--chapter") { Description = "Run only the examples of this chapter file, such as flask-routing.md" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "How many examples run at once (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("test", "Run the guide's examples and report each failure at its line") { group, chapter, jobs };
        foreach (var option in new Option[] { common.Source, common.Theme, common.WarnAsError, common.Verbose, common.Format, common.ErrorLog }) command.Add(option);
        command.SetAction((parse, cancellation) => CommandGuard.RunAsync(error, parse.GetValue(common.Verbose), async () =>
        {
            var clock = Stopwatch.StartNew();
            var reporter = common.Reporter(parse, output);
            if (common.LoadOrReport(parse, reporter, "Test", clock.Elapsed) is not { Project: { } project } loaded) return ExitCodes.SourceErrors;
            var compilation = SiteCompilation.Create(project, new CompilationOptions(WarningsAsErrors: parse.GetValue(common.WarnAsError)));
            if (compilation.HasErrors)
            {
                reporter.Report(compilation.Diagnostics, loaded.GuideRoot);
                reporter.Summary("Test", false, 0, compilation.Diagnostics, clock.Elapsed);
                return ExitCodes.SourceErrors;
            }

            var found = new List<Diagnostic>();
            var groups = TestGroupsParser.Parse(project.ProjectFile, project.Root, found);
            var onlyChapter = parse.GetValue(chapter);
            var onlyGroup = parse.GetValue(group);
            var blocks = compilation.Chapters
                .Where(c => onlyChapter is null || c.FileName == onlyChapter)
                .SelectMany(c => ExampleCollector.Collect(c, groups, found))
                .Where(b => onlyGroup is null || b.Attributes.Test == onlyGroup)
                .ToList();
            var cacheRoot = CacheLocation.Root();
            var runner = new ExampleRunner(Path.Combine(cacheRoot, "examples", ContentHasher.Hash(project.Root)), cacheRoot);
            var outcome = await ExampleSuite.RunAsync(blocks, groups, runner, Math.Max(1, parse.GetValue(jobs)), cancellation);

            var diagnostics = SiteCompilation.Finish(found.Concat(outcome.Diagnostics), compilation.Options);
            reporter.Report(diagnostics, loaded.GuideRoot);
            output.WriteLine($"{outcome.Count(ExampleStatus.Passed)} passed, {outcome.Count(ExampleStatus.Failed)} failed, {outcome.Count(ExampleStatus.Skipped)} skipped");
            return diagnostics.Any(d => d.IsError) || outcome.Count(ExampleStatus.Failed) > 0 ? ExitCodes.SourceErrors : ExitCodes.Success;
        }));
        return command;
    }
}

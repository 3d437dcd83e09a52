using System.CommandLine;

namespace SiteGen.Cli.Commands;

/// <summary>`sitegen new chapter "Title" [--part NAME]`: scaffold a chapter and list it in guide.yml.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var title = new Argument<string>("title") { Description = "The chapter's title, e.g. \"Flask signals\"" };
        var part = new Option<string?>("--part") { Description = "The part of guide.yml to add it to (default: the last part)" };
        var source = new Option<string>("--source") { Description = "The guide folder (holds guide.yml)", DefaultValueFactory = _ => "guide" };
        var chapter = new Command("chapter", "Create guide/chapters/<name>.md with a skeleton and add it to guide.yml") { title, part, source };
        chapter.SetAction(parse => CommandGuard.Run(error, verbose: false, () =>
        {
            var (path, problem) = SiteGen.Sources.ChapterScaffold.Create(Path.GetFullPath(parse.GetValue(source)!), parse.GetValue(title)!, parse.GetValue(part));
            if (problem is not null)
            {
                error.WriteLine($"sitegen: {problem}");
                return ExitCodes.SourceErrors;
            }
            output.WriteLine($"Created {Path.GetRelativePath(Environment.CurrentDirectory, path!).Replace('\\', '/')} and added it to guide.yml.");
            output.WriteLine("Preview it with: sitegen serve");
            return ExitCodes.Success;
        }));
        return new Command("new", "Create new content from a skeleton") { chapter };
    }
}

using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace SiteGen.Syntax.Markdown;

/// <summary>The one Markdig pipeline every chapter is parsed and rendered with; built once, shared, thread-safe.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create();

    private static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePreciseSourceLocation()
            .UseAlertBlocks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .Use<HighlightedCodeExtension>()
            .Use<Questions.QuestionExtension>()
            .Build();
}

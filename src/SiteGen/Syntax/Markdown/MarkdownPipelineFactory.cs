using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using SiteGen.Syntax.Markdown.ExternalLinks;
using SiteGen.Syntax.Markdown.HeadingAnchors;
using SiteGen.Syntax.Markdown.RawHtml;
using SiteGen.Syntax.Markdown.TaskLists;

namespace SiteGen.Syntax.Markdown;

/// <summary>The one Markdig pipeline every markdown text (chapters and dataset texts) is parsed and rendered with; built once, shared, thread-safe.</summary>
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
            .Use<HeadingAnchorExtension>()
            .Use(new ExternalLinkExtension())
            .Use<TaskListLabelExtension>()
            .Use<RawHtmlExtension>()
            .Build();
}

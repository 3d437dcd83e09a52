using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Comparison;
using SiteGen.Syntax.Markdown;

namespace SiteGen.Syntax;

/// <summary>Splits a chapter's tree into the plain text of its sections, for search.</summary>
public static class SectionTextExtractor
{
    public static IReadOnlyList<SectionText> Extract(MarkdownDocument document)
    {
        var sections = new List<SectionText>();
        string? id = null;
        string? heading = null;
        var body = new StringBuilder();
        var code = new StringBuilder();
        void Flush()
        {
            if (body.Length > 0 || code.Length > 0 || heading is not null) sections.Add(new SectionText(id, heading, Collapse(body.ToString()), Collapse(code.ToString())));
            body.Clear();
            code.Clear();
        }
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 or 3 } h && h.GetAttributes().Id is { } headingId)
            {
                Flush();
                id = headingId;
                heading = InlineText.Of(h.Inline);
                continue;
            }
            AppendText(block, body, code);
        }
        Flush();
        return sections;
    }

    /// <summary>The plain text of the blocks from <paramref name="start"/> on (a question's answer): prose and code blocks apart.</summary>
    public static (string Prose, string Code) TextOf(ContainerBlock container, int start)
    {
        var text = new StringBuilder();
        var code = new StringBuilder();
        for (var i = start; i < container.Count; i++) AppendText(container[i], text, code);
        return (Collapse(text.ToString()), Collapse(code.ToString()));
    }

    /// <summary>
    /// The text a reader sees in a block: inline text and nested blocks into <paramref name="text"/>, code blocks
    /// into <paramref name="code"/>; questions and front matter excluded.
    /// </summary>
    private static void AppendText(Block block, StringBuilder text, StringBuilder code)
    {
        switch (block)
        {
            case CustomContainer:
            case Markdig.Extensions.Yaml.YamlFrontMatterBlock:
                return;
            case FencedCodeBlock fenced when ComparisonBlockParser.IsComparisonBlock(fenced):
                return;
            case HeadingBlock heading:
                text.Append(InlineText.Of(heading.Inline)).Append(". ");
                return;
            case CodeBlock codeBlock:
                code.Append(codeBlock.Lines.ToString()).Append(' ');
                return;
            case LeafBlock leaf when leaf.Inline is not null:
                text.Append(InlineText.Of(leaf.Inline)).Append(' ');
                return;
            case ContainerBlock container:
                foreach (var child in container) AppendText(child, text, code);
                return;
        }
    }

    /// <summary>
    /// The text with each run of spaces, tabs and line breaks made one space and none at either end, in one pass:
    /// every word of every chapter passes here (splitting into words and joining them again cost a string per word).
    /// </summary>
    private static string Collapse(string text)
    {
        var source = text.AsSpan().Trim(Blanks);
        var collapsed = source.Length <= 4096 ? stackalloc char[source.Length] : new char[source.Length];
        var length = 0;
        var gap = false;
        foreach (var c in source)
        {
            if (c is ' ' or '\n' or '\r' or '\t')
            {
                gap = true;
                continue;
            }
            if (gap) collapsed[length++] = ' ';
            gap = false;
            collapsed[length++] = c;
        }
        return collapsed[..length].SequenceEqual(text) ? text : new string(collapsed[..length]);
    }

    private const string Blanks = " \n\r\t";
}

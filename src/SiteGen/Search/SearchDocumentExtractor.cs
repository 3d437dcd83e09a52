using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Binding;
using SiteGen.Comparison;
using SiteGen.Questions;
using SiteGen.Syntax.Markdown;

namespace SiteGen.Search;

/// <summary>
/// Turns the bound site into search documents, straight from the Markdig trees (no HTML re-parsing):
/// one per h2/h3 section, one per question (left out of its section), one per comparison dimension.
/// </summary>
public static class SearchDocumentExtractor
{
    public static IReadOnlyList<SearchDocument> Extract(SiteModel model)
    {
        var documents = new List<SearchDocument>();
        var questionsByChapter = model.Questions.ToLookup(q => q.ChapterSlug, StringComparer.Ordinal);
        foreach (var page in model.Chapters)
        {
            AddSections(documents, page);
            foreach (var question in questionsByChapter[page.Chapter!.Slug])
            {
                documents.Add(new SearchDocument(question.SitePath, page.Title, question.Text, AnswerText(question.Syntax)));
            }
        }
        if (model.Comparison is { } comparison)
        {
            foreach (var dimension in comparison.Dimensions)
            {
                var body = string.Join(" ", comparison.Frameworks
                    .Where(f => dimension.Values.ContainsKey(f.Id))
                    .Select(f => $"{f.Name}: {PlainText(dimension.Values[f.Id])}"));
                documents.Add(new SearchDocument($"{ComparisonPage.SitePath}#{dimension.Id}", ComparisonPage.Title, dimension.Title, body));
            }
        }
        return documents;
    }

    private static void AddSections(List<SearchDocument> documents, Page page)
    {
        var url = page.SitePath;
        var heading = page.Title;
        var body = new StringBuilder();
        void Flush()
        {
            if (body.Length > 0 || heading != page.Title) documents.Add(new SearchDocument(url, page.Title, heading, Collapse(body.ToString())));
            body.Clear();
        }
        foreach (var block in page.Chapter!.Document)
        {
            if (block is HeadingBlock { Level: 2 or 3 } h && h.GetAttributes().Id is { } id)
            {
                Flush();
                url = $"{page.SitePath}#{id}";
                heading = InlineText.Of(h.Inline);
                continue;
            }
            AppendText(block, body);
        }
        Flush();
    }

    private static string AnswerText(QuestionSyntax question)
    {
        var text = new StringBuilder();
        for (var i = question.AnswerStart; i < question.Container.Count; i++) AppendText(question.Container[i], text);
        return Collapse(text.ToString());
    }

    /// <summary>The text a reader sees in a block: inline text, code, nested blocks; questions and front matter excluded.</summary>
    private static void AppendText(Block block, StringBuilder text)
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
            case CodeBlock code:
                text.Append(code.Lines.ToString()).Append(' ');
                return;
            case LeafBlock leaf when leaf.Inline is not null:
                text.Append(InlineText.Of(leaf.Inline)).Append(' ');
                return;
            case ContainerBlock container:
                foreach (var child in container) AppendText(child, text);
                return;
        }
    }

    private static string PlainText(DimensionValue value) => $"{value.VerdictText} {value.NoteText}".Trim();

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}

using SiteGen.Binding;
using SiteGen.Comparison;
using SiteGen.Questions;

namespace SiteGen.Search;

/// <summary>
/// Turns the bound site into search documents, straight from the Markdig trees (no HTML re-parsing):
/// one per h2/h3 section, one per question (left out of its section), one per comparison dimension;
/// code blocks apart from prose, glossary entries marked as definitions.
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
                documents.Add(new SearchDocument(question.SitePath, page.Title, question.Text, question.Syntax.AnswerText, question.Syntax.AnswerCode));
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

    /// <summary>The front-matter tag that makes a page's sections definitions (the glossary).</summary>
    public const string GlossaryTag = "glossary";

    private static void AddSections(List<SearchDocument> documents, Page page)
    {
        var isGlossary = page.Tags.Contains(GlossaryTag, StringComparer.OrdinalIgnoreCase);
        foreach (var section in page.Chapter!.Sections)
        {
            var url = section.Id is null ? page.SitePath : $"{page.SitePath}#{section.Id}";
            // The glossary's introduction is not a definition; its entries (the h3 sections) are.
            var isDefinition = isGlossary && section.Id is not null;
            documents.Add(new SearchDocument(url, page.Title, section.Heading ?? page.Title, section.Body, section.Code, isDefinition));
        }
    }

    private static string PlainText(DimensionValue value) => $"{value.VerdictText} {value.NoteText}".Trim();
}

using SiteGen.Binding;
using SiteGen.Comparison;
using SiteGen.Questions;

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
                documents.Add(new SearchDocument(question.SitePath, page.Title, question.Text, question.Syntax.AnswerText));
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
        foreach (var section in page.Chapter!.Sections)
        {
            var url = section.Id is null ? page.SitePath : $"{page.SitePath}#{section.Id}";
            documents.Add(new SearchDocument(url, page.Title, section.Heading ?? page.Title, section.Body));
        }
    }

    private static string PlainText(DimensionValue value) => $"{value.VerdictText} {value.NoteText}".Trim();
}

using SiteGen.Comparison;
using SiteGen.Diagnostics;
using SiteGen.Print;
using SiteGen.Questions;
using SiteGen.Sources;
using SiteGen.Syntax;

namespace SiteGen.Binding;

/// <summary>
/// Binds parsed chapters and guide.yml into a <see cref="SiteModel"/>: page URLs, reading order,
/// previous/next, tables of contents and resolved cross-references, with semantic diagnostics.
/// </summary>
public static class SiteBinder
{
    public static SiteModel Bind(
        GuideProject project,
        ProjectConfig config,
        IReadOnlyList<ChapterSyntax> chapters,
        ComparisonDataset? comparison,
        string basePath,
        List<Diagnostic> diagnostics)
    {
        var chaptersByPath = chapters.ToDictionary(c => c.Source.Path, StringComparer.Ordinal);
        var ordered = OrderChapters(config, chaptersByPath, diagnostics);
        var listed = ordered.Select(o => o.Chapter.Source.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var chapter in chapters.Where(c => !listed.Contains(c.Source.Path)))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ChapterNotListed, Location.At(chapter.Source.Path, 1, 1), chapter.FileName));
        }

        var resolver = new LinkResolver(
            chaptersByPath,
            listed,
            project.Assets.Select(a => a.OutputPath).ToHashSet(StringComparer.Ordinal),
            project.DataFiles.Select(d => d.Path).Append(project.ProjectFile.Path).ToHashSet(StringComparer.Ordinal));

        // See-references first: the tables chapters embed show them.
        if (comparison is not null)
        {
            comparison = ComparisonBinder.BindSeeReferences(comparison, resolver.ResolveSection, diagnostics);
            comparison = ComparisonBinder.BindTextLinks(comparison, links => resolver.Resolve(links, GuideProject.ChaptersFolder, diagnostics));
        }

        var home = new PageLink(config.Title, string.Empty);
        var readingOrder = new List<PageLink> { home };
        readingOrder.AddRange(ordered.Select(o => new PageLink(TitleOf(o.Chapter), SitePath.ForChapter(o.Chapter.Slug))));

        // Links resolve in parallel (each chapter's diagnostics kept apart), then merge in a fixed order.
        var perChapter = new (Page Page, List<Diagnostic> Diagnostics)[ordered.Count];
        Parallel.For(0, ordered.Count, Parallelism.Options, i =>
        {
            var (chapter, part) = ordered[i];
            var local = new List<Diagnostic>();
            var links = resolver.Resolve(chapter, local);
            var comparisons = ComparisonBinder.BindBlocks(chapter, comparison, local);
            var page = new Page(
                PageKind.Chapter,
                SitePath.ForChapter(chapter.Slug),
                TitleOf(chapter),
                chapter.FrontMatter.Description,
                chapter.FrontMatter.Tags,
                chapter.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocEntry(h.Level, h.Id, h.Text)).ToArray(),
                chapter,
                part.Title,
                readingOrder[i],
                i + 2 < readingOrder.Count ? readingOrder[i + 2] : null,
                links) { Comparisons = comparisons };
            perChapter[i] = (page, local);
        });
        foreach (var (_, local) in perChapter) diagnostics.AddRange(local);

        var pages = new List<Page>
        {
            new(PageKind.Index, string.Empty, config.Title, config.Description, [], [], null, null, null,
                readingOrder.Count > 1 ? readingOrder[1] : null, EmptyLinks),
        };
        pages.AddRange(perChapter.Select(p => p.Page));
        var questions = QuestionBinder.Bind(ordered.Select(o => (o.Chapter, TitleOf(o.Chapter))), diagnostics);
        var reference = new List<NavEntry>();
        if (comparison is not null)
        {
            var toc = comparison.ByCategory().Select(g => new TocEntry(2, "category-" + g.Category.Id, g.Category.Title)).ToArray();
            pages.Add(new Page(PageKind.Comparison, ComparisonPage.SitePath, ComparisonPage.Title, ComparisonPage.Description(comparison),
                [], toc, null, ReferencePart, null, null, EmptyLinks));
            reference.Add(new NavEntry(ComparisonPage.Title, ComparisonPage.SitePath, ComparisonPage.Description(comparison)));
        }
        if (questions.Count > 0)
        {
            var toc = ordered.Where(o => o.Chapter.Questions.Count > 0)
                .Select(o => new TocEntry(2, "chapter-" + o.Chapter.Slug, TitleOf(o.Chapter))).ToArray();
            pages.Add(new Page(PageKind.Questions, QuestionBankPage.SitePath, QuestionBankPage.Title, QuestionBankPage.Description(questions),
                [], toc, null, ReferencePart, null, null, EmptyLinks));
            reference.Add(new NavEntry(QuestionBankPage.Title, QuestionBankPage.SitePath, QuestionBankPage.Description(questions)));
        }
        var chapterPages = perChapter.Select(p => p.Page).ToArray();
        if (CheatSheetPage.For(comparison, chapterPages) is { } cheatSheet)
        {
            pages.Add(cheatSheet);
            reference.Add(new NavEntry(cheatSheet.Title, cheatSheet.SitePath, cheatSheet.Description));
        }
        if (PrintPage.For(config, chapterPages) is { } printPage) pages.Add(printPage);
        pages.Add(new Page(PageKind.Search, "search/", "Search", $"Search {config.Title}.", [], [], null, null, null, null, EmptyLinks));
        pages.Add(new Page(PageKind.NotFound, "404.html", "Page not found", config.Description, [], [], null, null, null, null, EmptyLinks));

        var navigation = ordered
            .GroupBy(o => o.Part)
            .Select(group => new NavPart(group.Key.Title, group
                .Select(o => new NavEntry(TitleOf(o.Chapter), SitePath.ForChapter(o.Chapter.Slug), o.Chapter.FrontMatter.Description))
                .ToArray()))
            .ToList();
        if (reference.Count > 0) navigation.Add(new NavPart(ReferencePart, reference));

        return new SiteModel(config, basePath, pages, navigation, project.Assets, comparison, questions);
    }

    /// <summary>The navigation part that lists generated pages (comparison, question bank).</summary>
    public const string ReferencePart = "Reference";

    private static readonly IReadOnlyDictionary<string, string> EmptyLinks = new Dictionary<string, string>();

    private static string TitleOf(ChapterSyntax chapter) =>
        chapter.FrontMatter.Title.Length > 0 ? chapter.FrontMatter.Title : chapter.Slug;

    private static List<(ChapterSyntax Chapter, PartConfig Part)> OrderChapters(
        ProjectConfig config,
        IReadOnlyDictionary<string, ChapterSyntax> chaptersByPath,
        List<Diagnostic> diagnostics)
    {
        var ordered = new List<(ChapterSyntax, PartConfig)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in config.Parts)
        {
            foreach (var entry in part.Chapters)
            {
                var path = $"{GuideProject.ChaptersFolder}/{entry.FileName}";
                if (!seen.Add(path))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ChapterListedTwice, entry.Location, entry.FileName));
                }
                else if (!chaptersByPath.TryGetValue(path, out var chapter))
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ChapterFileMissing, entry.Location, entry.FileName));
                }
                else
                {
                    ordered.Add((chapter, part));
                }
            }
        }
        return ordered;
    }
}

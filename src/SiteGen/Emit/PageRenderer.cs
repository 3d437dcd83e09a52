using System.Text.Json;
using SiteGen.Binding;
using SiteGen.Comparison;
using SiteGen.Emit.Templates;
using SiteGen.Emit.ViewModels;
using SiteGen.Print;
using SiteGen.Questions;
using SiteGen.Reading;
using SiteGen.Sources;
using SiteGen.Study;
using SiteGen.Syntax.Highlighting;

namespace SiteGen.Emit;

/// <summary>
/// Renders one page of a bound site: its content (chapter markdown, comparison tables, the question bank)
/// and then its layout over a <see cref="PageViewModel"/>. Thread-safe; pages render in parallel.
/// </summary>
public sealed class PageRenderer
{
    private readonly SiteModel _model;
    private readonly ThemeRenderer _theme;
    private readonly HighlightCache _highlights;
    private readonly SiteViewModel _site;
    private readonly IReadOnlyDictionary<string, string> _assetVersions;
    private readonly string? _siteHost;
    private readonly Lazy<string> _questionsKey;
    private readonly Lazy<string> _datasetKey;
    private readonly Lazy<IReadOnlyDictionary<string, int>> _readingMinutes;
    private readonly Lazy<IReadOnlyList<StudyPartViewModel>> _studyParts;
    private readonly bool _hasPrintPage;

    public PageRenderer(SiteModel model, ThemeRenderer theme, HighlightCache highlights, IReadOnlyDictionary<string, string> assetVersions, string generatorVersion)
    {
        _model = model;
        _theme = theme;
        _highlights = highlights;
        _assetVersions = assetVersions;
        _site = new SiteViewModel(model.Config.Title, model.Config.Description, model.Config.Language, model.BasePath,
            model.Config.SiteUrl?.GetLeftPart(UriPartial.Authority), generatorVersion);
        _siteHost = model.Config.SiteUrl?.Host;
        _readingMinutes = new Lazy<IReadOnlyDictionary<string, int>>(() =>
            model.Chapters.ToDictionary(c => c.SitePath, c => ReadingTime.Minutes(c.Chapter!), StringComparer.Ordinal));
        _hasPrintPage = model.Pages.Any(p => p.Kind == PageKind.Print);
        _questionsKey = new Lazy<string>(() => ContentHasher.Hash(string.Join('\0',
            model.Chapters.Where(c => c.Chapter!.Questions.Count > 0).Select(c => c.Title + "\0" + c.Chapter!.Source.ContentHash))));
        _studyParts = new Lazy<IReadOnlyList<StudyPartViewModel>>(() => StudyPartViewModel.Of(StudyOutline.Of(model)));
        _datasetKey = new Lazy<string>(() => model.Comparison is not { } dataset ? string.Empty : ContentHasher.Hash(JsonSerializer.Serialize(new
        {
            Texts = dataset.Texts.Select(t => t.Markdown),
            Rows = dataset.Dimensions.Select(d => new { d.Id, d.Title, d.CategoryId, d.Sources, d.SeeLinks }),
            dataset.Frameworks,
            dataset.Categories,
            dataset.ResolvedLinks,
        })));
    }

    /// <summary>Renders a page, taking it from <paramref name="cache"/> when nothing it is made from changed.</summary>
    public string Render(Page page, RenderedPageCache? cache)
    {
        var context = Context(page);
        var view = CreateViewModel(page, context.RootPrefix);
        if (cache is null) return _theme.Render(SiteEmitter.Layouts[page.Kind], view with { ContentHtml = RenderContent(page, context) });
        return cache.GetOrRender(page.OutputFile, Key(page, view, context),
            () => _theme.Render(SiteEmitter.Layouts[page.Kind], view with { ContentHtml = RenderContent(page, context) }));
    }

    /// <summary>
    /// Renders a page whose content grows with the site (the print page) straight into <paramref name="output"/>:
    /// the layout around a placeholder, then the content streamed where the placeholder stood.
    /// </summary>
    /// <param name="cache">In serve, each chapter's part of the page, so that a change renders only its chapter again.</param>
    public void RenderStreamed(Page page, TextWriter output, RenderedPageCache? cache = null)
    {
        var root = Context(page);
        var context = root with { SitePathHref = new PrintAnchors(_model.Chapters.Select(c => c.SitePath), root.RootPrefix).Href };
        var html = _theme.Render(SiteEmitter.Layouts[page.Kind], CreateViewModel(page, context.RootPrefix) with { ContentHtml = StreamedContentSlot });
        var slot = html.IndexOf(StreamedContentSlot, StringComparison.Ordinal);
        if (slot < 0) throw new InvalidOperationException($"The layout {SiteEmitter.Layouts[page.Kind]} must show the page's content.");
        output.Write(html.AsSpan(0, slot));
        var chapters = _model.Chapters.Select(c => c.SitePath);
        var layoutKey = ContentHasher.Hash($"{context.RootPrefix}\0{context.SiteHost}\0{string.Join('\0', chapters)}");
        foreach (var chapter in _model.Chapters)
        {
            if (cache is null)
            {
                PrintChapterWriter.Write(chapter, context, _model.Comparison, output);
                output.Flush();
                continue;
            }
            output.Write(cache.GetOrRenderPart(page.OutputFile + "#" + chapter.SitePath,
                ContentHasher.Hash($"{layoutKey}\0{chapter.Title}\0{chapter.PartTitle}\0{chapter.Description}\0{ContentKey(chapter)}"), () =>
                {
                    using var html = new StringWriter();
                    PrintChapterWriter.Write(chapter, context, _model.Comparison, html);
                    return html.ToString();
                }));
        }
        output.Write(html.AsSpan(slot + StreamedContentSlot.Length));
    }

    private const string StreamedContentSlot = "<!-- sitegen: streamed content -->";

    private PageRenderContext Context(Page page) =>
        new(page.Kind == PageKind.NotFound ? _model.BasePath : SitePath.RootPrefix(page.SitePath), _highlights, _siteHost);

    /// <summary>
    /// The key of everything a page's HTML is made from, derived from the values themselves: the whole view
    /// model the layout sees (so a new setting or field is covered without anyone listing it), the theme's
    /// templates, and the inputs of its content (its chapter's text and resolved links, the data it shows).
    /// </summary>
    private string Key(Page page, PageViewModel view, PageRenderContext context)
    {
        var content = page.Kind switch
        {
            PageKind.Chapter => ContentKey(page),
            PageKind.Comparison => DatasetKey(),
            PageKind.Questions => _questionsKey.Value + DatasetKey(),
            PageKind.CheatSheet => DatasetKey() + (CheatSheetPage.Glossary(_model.Chapters) is { } glossary
                ? $"{glossary.Chapter!.Source.ContentHash}\0{JsonSerializer.Serialize(glossary.ResolvedLinks)}" : ""),
            _ => string.Empty,
        };
        return ContentHasher.Hash($"{_theme.Signature}\0{JsonSerializer.Serialize(view)}\0{context.RootPrefix}\0{context.SiteHost}\0{content}");
    }

    private string DatasetKey() => _datasetKey.Value;

    private int? ReadingMinutesOf(string sitePath) => _readingMinutes.Value.TryGetValue(sitePath, out var minutes) ? minutes : null;
    /// <summary>The inputs of a chapter's content: its text, its resolved links, and the data of the tables it embeds.</summary>
    private string ContentKey(Page chapter) =>
        $"{chapter.Chapter!.Source.ContentHash}\0{JsonSerializer.Serialize(chapter.ResolvedLinks)}\0{(chapter.Comparisons.Count > 0 ? DatasetKey() : "")}";

    private string RenderContent(Page page, PageRenderContext context)
    {
        using var writer = new StringWriter();
        switch (page)
        {
            case { Chapter: not null }:
                ChapterHtmlRenderer.Render(page, context, _model.Comparison, writer);
                break;
            case { Kind: PageKind.Comparison }:
                writer.Write(ComparisonTableWriter.Page(_model.Comparison!, context.RootPrefix, new DataTextRenderer(context, _model.Comparison!.ResolvedLinks)));
                break;
            case { Kind: PageKind.Questions }:
                writer.Write(QuestionBankWriter.Write(_model, context));
                break;
            case { Kind: PageKind.CheatSheet }:
                CheatSheetWriter.Write(_model, context, writer);
                break;
        }
        return writer.ToString();
    }

    /// <summary>The home page links to the print page, and a chapter to its own place in it.</summary>
    private string? PrintLink(Page page, Func<string, string> href) =>
        !_hasPrintPage ? null
        : page.Kind == PageKind.Index ? href(PrintPage.SitePath)
        : page.Kind == PageKind.Chapter ? href(PrintPage.SitePath) + "#" + PrintAnchors.ChapterId(page.SitePath)
        : null;

    private PageViewModel CreateViewModel(Page page, string rootPrefix)
    {
        string Href(string sitePath) => rootPrefix + sitePath is { Length: > 0 } href ? href : "./";
        LinkViewModel? Link(PageLink? link) => link is null ? null : new LinkViewModel(link.Title, Href(link.SitePath));

        return new PageViewModel
        {
            Site = _site,
            Kind = page.Kind switch { PageKind.Index => "index", PageKind.Chapter => "chapter", PageKind.Comparison => "comparison", PageKind.Questions => "questions", PageKind.Search => "search",
                PageKind.Print => "print", PageKind.CheatSheet => "cheatsheet", _ => "notfound" },
            Title = page.Title,
            Description = page.Description,
            Tags = page.Tags,
            PartTitle = page.PartTitle,
            Navigation = NavigationWindow.For(_model.Navigation, page, Href),
            Contents = page.Kind == PageKind.Index
                ? NavigationWindow.Contents(_model.Navigation, Href, ReadingMinutesOf)
                : [],
            ReadingMinutes = page.Kind == PageKind.Chapter ? ReadingMinutesOf(page.SitePath) : null,
            Toc = TocTree.Build(page.Toc),
            Previous = Link(page.Previous),
            Next = Link(page.Next),
            RootPrefix = rootPrefix,
            CanonicalUrl = _model.Config.SiteUrl is { } url && page.Kind != PageKind.NotFound
                ? SitemapWriter.AbsoluteUrl(url, _model.BasePath, page.SitePath)
                : null,
            AssetVersions = _assetVersions,
            QuestionCounts = page.Kind == PageKind.Questions ? QuestionCountsViewModel.Of(_model.Questions) : null,
            StudyParts = page.Kind is PageKind.Index or PageKind.Questions ? _studyParts.Value : [],
            ChapterQuestionCount = page.Chapter?.Questions.Count ?? 0,
            PracticeHref = page.Chapter is { Questions.Count: > 0 } taught ? Href(QuestionBankPage.SitePath) + "#deck?chapter=chapter:" + taught.Slug : null,
            StudyDataHref = page.Kind == PageKind.Index ? Href(StudyDataWriter.SitePath) + "?v=" + _assetVersions[StudyDataWriter.SitePath] : null,
            PrintHref = PrintLink(page, Href),
            EditUrl = _model.Config.EditUrl is { } edit && page.Chapter is { } chapter ? new Uri(edit, chapter.Source.Path).AbsoluteUri : null,
        };
    }
}

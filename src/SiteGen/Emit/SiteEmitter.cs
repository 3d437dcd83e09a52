using System.Diagnostics;
using System.Reflection;
using SiteGen.Binding;
using SiteGen.Comparison;
using SiteGen.Questions;
using SiteGen.Search;
using SiteGen.Diagnostics;
using SiteGen.Emit.Templates;
using SiteGen.Emit.ViewModels;
using SiteGen.Sources;
using SiteGen.Syntax.Highlighting;

namespace SiteGen.Emit;

/// <summary>
/// Emits a compilation as a site: renders every page through the theme (in parallel), then writes the
/// pages, assets and sitemap through <see cref="SiteWriter"/>. Nothing is written when any error remains.
/// </summary>
public static class SiteEmitter
{
    private static readonly string GeneratorVersion =
        typeof(SiteEmitter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static IReadOnlyDictionary<PageKind, string> Layouts { get; } = new Dictionary<PageKind, string>
    {
        [PageKind.Index] = "Index.cshtml",
        [PageKind.Chapter] = "Chapter.cshtml",
        [PageKind.Comparison] = "Comparison.cshtml",
        [PageKind.Questions] = "Questions.cshtml",
        [PageKind.Search] = "Search.cshtml",
        [PageKind.NotFound] = "NotFound.cshtml",
    };

    /// <summary>Renders every page to HTML without writing anything (for build and for check).</summary>
    public static (IReadOnlyList<(string OutputFile, string Html)> Pages, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan CompileTime, TimeSpan RenderTime)
        Render(SiteCompilation compilation, ThemeRenderer theme, HighlightCache? highlights = null, RenderedPageCache? renderedPages = null)
    {
        highlights ??= HighlightCache.InMemory();
        var clock = Stopwatch.StartNew();
        var diagnostics = theme.Prepare(Layouts.Values.Distinct(), path => DisplayPath(compilation.Project.Root, path)).ToList();
        var compileTime = clock.Elapsed;
        if (diagnostics.Count > 0) return ([], diagnostics, compileTime, TimeSpan.Zero);

        clock.Restart();
        var model = compilation.Model;
        var assetVersions = compilation.Project.Theme.Assets.ToDictionary(
            a => a.OutputPath, a => ContentHasher.Hash(File.ReadAllBytes(a.FullPath))[..8], StringComparer.Ordinal);
        var site = new SiteViewModel(model.Config.Title, model.Config.Description, model.Config.Language, model.BasePath,
            model.Config.SiteUrl?.GetLeftPart(UriPartial.Authority), GeneratorVersion);
        var siteHost = model.Config.SiteUrl?.Host;

        var pages = new (string, string)[model.Pages.Count];
        var failures = new Diagnostic?[model.Pages.Count];
        renderedPages?.BeginRender();
        var keys = renderedPages is null ? null : RenderedPageCache.Keys(model, string.Join('\0', assetVersions.OrderBy(a => a.Key, StringComparer.Ordinal)));
        Parallel.For(0, model.Pages.Count, Parallelism.Options, i =>
        {
            var page = model.Pages[i];
            try
            {
                pages[i] = (page.OutputFile, renderedPages is null
                    ? RenderPage(page)
                    : renderedPages.GetOrRender(page.OutputFile, keys!(page), () => RenderPage(page)));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures[i] = Diagnostic.Create(DiagnosticDescriptors.ThemeRenderFailed,
                    Location.File(DisplayPath(compilation.Project.Root, Path.Combine(theme.Theme.LayoutsRoot, Layouts[page.Kind]))),
                    Layouts[page.Kind], page.OutputFile, e.GetBaseException().Message);
            }
        });
        diagnostics.AddRange(failures.OfType<Diagnostic>());
        return (pages, diagnostics, compileTime, clock.Elapsed);

        string RenderPage(Page page)
        {
            var rootPrefix = page.Kind == PageKind.NotFound ? model.BasePath : SitePath.RootPrefix(page.SitePath);
            var content = page switch
            {
                { Chapter: { } chapter } => HtmlPostProcessor.Process(ChapterHtmlRenderer.Render(page, rootPrefix, highlights), chapter.HasRawHtml, siteHost),
                { Kind: PageKind.Comparison } => HtmlPostProcessor.Process(ComparisonTableWriter.Page(model.Comparison!, rootPrefix), sanitize: false, siteHost),
                { Kind: PageKind.Questions } => HtmlPostProcessor.Process(QuestionBankWriter.Write(model, rootPrefix, highlights),
                    sanitize: model.Chapters.Any(c => c.Chapter!.HasRawHtml && c.Chapter.Questions.Count > 0), siteHost),
                _ => string.Empty,
            };
            return theme.Render(Layouts[page.Kind], CreateViewModel(model, page, site, content, rootPrefix, assetVersions));
        }
    }

    /// <summary>Renders and writes the site to <paramref name="outputFolder"/>, or writes nothing on any error.</summary>
    /// <param name="highlights">Highlighted code from earlier builds; saved after a successful write.</param>
    /// <param name="writer">How files are written; by default staged beside the output folder and swapped in.</param>
    /// <param name="searchTokens">Tokens of earlier builds, so that only changed sections are tokenized again.</param>
    /// <param name="renderedPages">Pages of earlier builds, so that only pages a change affects are rendered again.</param>
    public static EmitResult Emit(SiteCompilation compilation, ThemeRenderer theme, string outputFolder, HighlightCache? highlights = null,
        ISiteWriter? writer = null, SearchTokenCache? searchTokens = null, RenderedPageCache? renderedPages = null)
    {
        var timings = compilation.Timings;
        if (compilation.HasErrors) return new EmitResult(false, compilation.Diagnostics, 0, 0, timings);

        var refusal = OutputFolderPolicy.Refusal(outputFolder, compilation.Project.Root, compilation.Project.Theme.Root);
        if (refusal is not null)
        {
            return Failed(compilation, timings, Diagnostic.Create(DiagnosticDescriptors.OutputFolderRefused, Location.None, outputFolder, refusal));
        }

        var (pages, renderDiagnostics, compileTime, renderTime) = Render(compilation, theme, highlights, renderedPages);
        timings = timings with { TemplateCompile = compileTime, Render = renderTime };
        if (renderDiagnostics.Count > 0) return Failed(compilation, timings, [.. renderDiagnostics]);

        var clock = Stopwatch.StartNew();
        var searchFiles = SearchIndexWriter.Write(SearchIndexBuilder.Build(SearchDocumentExtractor.Extract(compilation.Model), searchTokens));
        timings = timings with { SearchIndex = clock.Elapsed };
        clock.Restart();
        writer ??= new SiteWriter(outputFolder);
        var files = 0;
        try
        {
            writer.Begin();
            foreach (var (file, html) in pages)
            {
                writer.WriteText(file, html);
                files++;
            }
            foreach (var asset in compilation.Model.Assets.Concat(compilation.Project.Theme.Assets))
            {
                writer.Copy(asset.OutputPath, asset.FullPath);
                files++;
            }
            foreach (var (file, content) in searchFiles)
            {
                writer.WriteText(file, content);
                files++;
            }
            writer.WriteText(".nojekyll", string.Empty);
            if (compilation.Model.Config.SiteUrl is { } siteUrl)
            {
                writer.WriteText("sitemap.xml", SitemapWriter.Write(siteUrl, compilation.Model.BasePath, compilation.Model.Pages));
                files++;
            }
            writer.Commit();
            highlights?.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            writer.Abandon();
            return Failed(compilation, timings, Diagnostic.Create(DiagnosticDescriptors.OutputWriteFailed, Location.None, outputFolder, e.Message));
        }
        timings = timings with { Write = clock.Elapsed };
        return new EmitResult(true, compilation.Diagnostics, pages.Count, files, timings);
    }

    private static EmitResult Failed(SiteCompilation compilation, PhaseTimings timings, params Diagnostic[] diagnostics) =>
        new(false, SiteCompilation.Finish(compilation.Diagnostics.Concat(diagnostics), compilation.Options), 0, 0, timings);

    private static PageViewModel CreateViewModel(
        SiteModel model, Page page, SiteViewModel site, string content, string rootPrefix, IReadOnlyDictionary<string, string> assetVersions)
    {
        string Href(string sitePath) => rootPrefix + sitePath is { Length: > 0 } href ? href : "./";
        LinkViewModel? Link(PageLink? link) => link is null ? null : new LinkViewModel(link.Title, Href(link.SitePath));

        return new PageViewModel
        {
            Site = site,
            Kind = page.Kind switch { PageKind.Index => "index", PageKind.Chapter => "chapter", PageKind.Comparison => "comparison", PageKind.Questions => "questions", PageKind.Search => "search", _ => "notfound" },
            Title = page.Title,
            Description = page.Description,
            Tags = page.Tags,
            ContentHtml = content,
            PartTitle = page.PartTitle,
            Navigation = model.Navigation
                .Select(part => new NavPartViewModel(part.Title, part.Entries
                    .Select(e => new NavItemViewModel(e.Title, Href(e.SitePath), e.Description, e.SitePath == page.SitePath))
                    .ToArray()))
                .ToArray(),
            Toc = BuildToc(page.Toc),
            Previous = Link(page.Previous),
            Next = Link(page.Next),
            RootPrefix = rootPrefix,
            CanonicalUrl = model.Config.SiteUrl is { } url && page.Kind != PageKind.NotFound
                ? SitemapWriter.AbsoluteUrl(url, model.BasePath, page.SitePath)
                : null,
            AssetVersions = assetVersions,
            QuestionCounts = page.Kind == PageKind.Questions ? CountQuestions(model.Questions) : null,
            EditUrl = model.Config.EditUrl is { } edit && page.Chapter is { } chapter ? new Uri(edit, chapter.Source.Path).AbsoluteUri : null,
        };
    }

    private static QuestionCountsViewModel CountQuestions(IReadOnlyList<Question> questions) =>
        new(questions.Count,
            Enum.GetValues<Difficulty>().Select(d => new FilterCount(d.ToString().ToLowerInvariant(), d.ToString(), questions.Count(q => q.Difficulty == d))).ToArray(),
            QuestionParser.Frameworks.Select(f => new FilterCount(f, QuestionBlockRenderer.FrameworkLabel(f), questions.Count(q => q.Framework == f))).ToArray());

    private static TocItemViewModel[] BuildToc(IReadOnlyList<TocEntry> entries)
    {
        var items = new List<TocItemViewModel>();
        var children = new List<TocItemViewModel>();
        TocEntry? current = null;
        void Flush()
        {
            if (current is not null) items.Add(new TocItemViewModel(current.Id, current.Text, children.ToArray()));
            children.Clear();
        }
        foreach (var entry in entries)
        {
            if (entry.Level == 2 || current is null)
            {
                Flush();
                current = entry;
            }
            else
            {
                children.Add(new TocItemViewModel(entry.Id, entry.Text, []));
            }
        }
        Flush();
        return items.ToArray();
    }

    /// <summary>Paths in diagnostics are relative to the guide root, as for chapters.</summary>
    public static string DisplayPath(string guideRoot, string path) =>
        Path.GetRelativePath(guideRoot, path).Replace('\\', '/');
}

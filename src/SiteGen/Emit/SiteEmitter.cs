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
using SiteGen.Study;
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
        [PageKind.Print] = "Print.cshtml",
        [PageKind.CheatSheet] = "CheatSheet.cshtml",
    };

    /// <summary>
    /// Renders every page, in parallel, handing each finished page to <paramref name="sink"/> at once (from
    /// any thread), so that no more than a few pages are held in memory whatever the size of the site.
    /// </summary>
    /// <param name="streamed">Where pages that grow with the site (the print page) are written as they render;
    /// without it they are left out.</param>
    /// <param name="generated">The derived files the pages link, when the caller writes them too; made here otherwise.</param>
    public static (IReadOnlyList<Diagnostic> Diagnostics, TimeSpan CompileTime, TimeSpan RenderTime) Render(
        SiteCompilation compilation, ThemeRenderer theme, Action<Page, string> sink, HighlightCache? highlights = null, RenderedPageCache? renderedPages = null,
        ISiteWriter? streamed = null, GeneratedAssets? generated = null)
    {
        highlights ??= HighlightCache.InMemory();
        var clock = Stopwatch.StartNew();
        var diagnostics = PrepareTheme(theme, compilation.Project).ToList();
        var compileTime = clock.Elapsed;
        if (diagnostics.Count > 0) return (diagnostics, compileTime, TimeSpan.Zero);

        clock.Restart();
        var model = compilation.Model;
        var assetVersions = compilation.Project.Theme.Assets.ToDictionary(
            a => a.OutputPath, a => ContentHasher.Hash(File.ReadAllBytes(a.FullPath))[..8], StringComparer.Ordinal);
        foreach (var file in (generated ?? GeneratedAssets.Of(compilation.Model)).Files) assetVersions[file.SitePath] = file.Version;
        var pages = new PageRenderer(model, theme, highlights, assetVersions, GeneratorVersion);
        var failures = new Diagnostic?[model.Pages.Count];
        renderedPages?.BeginRender();
        // The print page renders every chapter again: it starts first so that it is not the last one left running.
        var order = Enumerable.Range(0, model.Pages.Count).OrderBy(i => model.Pages[i].Kind != PageKind.Print).ToArray();
        Parallel.For(0, order.Length, Parallelism.Options, n =>
        {
            var i = order[n];
            var page = model.Pages[i];
            string html;
            try
            {
                if (page.Kind == PageKind.Print)
                {
                    streamed?.WriteStreamed(page.OutputFile, output => pages.RenderStreamed(page, output, renderedPages));
                    return;
                }
                html = pages.Render(page, renderedPages);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures[i] = Diagnostic.Create(DiagnosticDescriptors.ThemeRenderFailed,
                    Location.File(DisplayPath(compilation.Project.Root, Path.Combine(theme.Theme.LayoutsRoot, Layouts[page.Kind]))),
                    Layouts[page.Kind], page.OutputFile, e.GetBaseException().Message);
                return;
            }
            sink(page, html);
        });
        diagnostics.AddRange(failures.OfType<Diagnostic>());
        return (diagnostics, compileTime, clock.Elapsed);
    }

    /// <summary>
    /// Prepares the layouts the emit uses (loads them from the disk cache, or compiles them), once per renderer. It
    /// needs the theme, not the compiled guide, so a build calls it on another thread while the guide parses: in a
    /// cold process, loading RazorLight and the templates is about a tenth of a build of the guide. Render reports its
    /// diagnostics, waiting for it if it is still under way.
    /// </summary>
    public static IReadOnlyList<Diagnostic> PrepareTheme(ThemeRenderer theme, GuideProject project) =>
        theme.Prepare(Layouts.Values.Distinct(), path => DisplayPath(project.Root, path));

    /// <summary>Renders every page into memory: for tests and tools on small sites; builds stream with the overload above.</summary>
    public static (IReadOnlyList<(string OutputFile, string Html)> Pages, IReadOnlyList<Diagnostic> Diagnostics) RenderAll(
        SiteCompilation compilation, ThemeRenderer theme, HighlightCache? highlights = null)
    {
        var pages = new (string, string)[compilation.Model.Pages.Count];
        var index = compilation.Model.Pages.Select((page, i) => (page, i)).ToDictionary(p => (object)p.page, p => p.i, ReferenceEqualityComparer.Instance);
        var (diagnostics, _, _) = Render(compilation, theme, (page, html) => pages[index[page]] = (page.OutputFile, html), highlights);
        return (pages, diagnostics);
    }

    /// <summary>Renders and writes the site to <paramref name="outputFolder"/>, or writes nothing on any error.</summary>
    /// <param name="highlights">Highlighted code from earlier builds; saved after a successful write.</param>
    /// <param name="writer">How files are written; by default staged beside the output folder and swapped in.</param>
    /// <param name="searchTokens">Tokens of earlier builds, so that only changed sections are tokenized again.</param>
    /// <param name="renderedPages">Pages of earlier builds, so that only pages a change affects are rendered again.</param>
    /// <param name="searchIndex">The index files of an earlier build, reused when no search document changed.</param>
    public static EmitResult Emit(SiteCompilation compilation, ThemeRenderer theme, string outputFolder, HighlightCache? highlights = null,
        ISiteWriter? writer = null, SearchTokenCache? searchTokens = null, RenderedPageCache? renderedPages = null, SearchIndexCache? searchIndex = null)
    {
        var timings = compilation.Timings;
        if (compilation.HasErrors) return new EmitResult(false, compilation.Diagnostics, 0, 0, timings);

        var refusal = OutputFolderPolicy.Refusal(outputFolder, compilation.Project.Root, compilation.Project.Theme.Root);
        if (refusal is not null)
        {
            return Failed(compilation, timings, Diagnostic.Create(DiagnosticDescriptors.OutputFolderRefused, Location.None, outputFolder, refusal));
        }

        writer ??= new SiteWriter(outputFolder);
        var files = 0;
        var pageCount = 0;
        try
        {
            writer.Begin();
            // Pages are written as they are rendered, by one writer thread fed through a bounded queue: memory
            // holds the pages in flight, and rendering goes on while the disk writes. The search index needs only
            // the model, so it is built meanwhile and written by its own thread: the serial parts of each
            // (scoring, the index writer, the page writer) leave a core idle that the other fills, and the index
            // does not wait behind the pages in the queue (at 1,000 pages it waited a sixth of its time there).
            // The files that need no page (the theme's assets, the generated files, the sitemap) are written
            // meanwhile too.
            var generated = GeneratedAssets.Of(compilation.Model);
            var (render, (searchTime, searchFiles), unrendered) = WriteWhileRendering(writer, write =>
            {
                var search = Task.Run(() => WriteSearchIndex(compilation, theme, writer, searchTokens, searchIndex));
                var others = Task.Run(() => WriteFilesWithoutPages(compilation, generated, writer));
                var rendered = Render(compilation, theme, (page, html) => write(page.OutputFile, html), highlights, renderedPages, streamed: writer, generated);
                return (rendered, search.GetAwaiter().GetResult(), others.GetAwaiter().GetResult());
            }, out files);
            files += searchFiles;
            var (renderDiagnostics, compileTime, renderTime) = render;
            timings = timings with { TemplateCompile = compileTime, Render = renderTime, SearchIndex = searchTime };
            if (renderDiagnostics.Count > 0)
            {
                writer.Abandon();
                return Failed(compilation, timings, [.. renderDiagnostics]);
            }
            pageCount = compilation.Model.Pages.Count;
            files += unrendered;
            files += compilation.Model.Pages.Count(p => p.Kind == PageKind.Print); // written streamed, not through the queue

            var clock = Stopwatch.StartNew();
            writer.Commit();
            highlights?.Save();
            timings = timings with { Write = clock.Elapsed };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            writer.Abandon();
            return Failed(compilation, timings, Diagnostic.Create(DiagnosticDescriptors.OutputWriteFailed, Location.None, outputFolder, e.Message));
        }
        return new EmitResult(true, compilation.Diagnostics, pageCount, files, timings);
    }

    /// <summary>
    /// Builds the search index (or reads it back from <paramref name="cache"/>) and writes its files and the engine
    /// file that carries its manifest. Returns how long that took and how many files it wrote.
    /// </summary>
    private static (TimeSpan Time, int Files) WriteSearchIndex(SiteCompilation compilation, ThemeRenderer theme, ISiteWriter writer,
        SearchTokenCache? tokens, SearchIndexCache? cache)
    {
        var clock = Stopwatch.StartNew();
        var documents = SearchDocumentExtractor.Extract(compilation.Model);
        var files = (cache ?? SearchIndexCache.None).GetOrBuild(documents, () => SearchIndexWriter.Write(SearchIndexBuilder.Build(documents, tokens)));
        Parallel.ForEach(files, Parallelism.Options, f => writer.WriteText(f.SitePath, f.Content));
        if (SearchEngineBundle.Of(compilation.Project.Theme.Assets, theme.AssetCache) is not { } engine) return (clock.Elapsed, files.Count);
        writer.WriteText(SearchEngineFile.SitePath, SearchEngineFile.Compose(files, engine.Content));
        return (clock.Elapsed, files.Count + 1);
    }

    /// <summary>Writes what no page is needed for: the guide's and theme's assets, the generated files, the sitemap. Returns how many.</summary>
    private static int WriteFilesWithoutPages(SiteCompilation compilation, GeneratedAssets generated, ISiteWriter writer)
    {
        var files = 0;
        foreach (var asset in compilation.Model.Assets.Concat(compilation.Project.Theme.Assets))
        {
            writer.Copy(asset.OutputPath, asset.FullPath);
            files++;
        }
        foreach (var file in generated.Files)
        {
            writer.WriteText(file.SitePath, file.Content);
            files++;
        }
        writer.WriteText(".nojekyll", string.Empty);
        if (compilation.Model.Config.SiteUrl is { } siteUrl)
        {
            writer.WriteText("sitemap.xml", SitemapWriter.Write(siteUrl, compilation.Model.BasePath, compilation.Model.Pages));
            files++;
        }
        return files;
    }

    /// <summary>
    /// Runs <paramref name="render"/> with a sink that queues each file for one writer thread, and returns when
    /// both are done. A write failure closes the queue, which stops the rendering threads at their next page, and
    /// is rethrown here as itself (an IOException becomes the build's SG9102).
    /// </summary>
    private static T WriteWhileRendering<T>(ISiteWriter writer, Func<Action<string, string>, T> render, out int written)
    {
        using var queue = new System.Collections.Concurrent.BlockingCollection<(string File, string Html)>(boundedCapacity: 64);
        var count = 0;
        var writing = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var (file, html) in queue.GetConsumingEnumerable())
                {
                    writer.WriteText(file, html);
                    count++;
                }
            }
            catch
            {
                // Producers blocked on a full queue must not wait forever: their next Add throws instead.
                queue.CompleteAdding();
                throw;
            }
        }, TaskCreationOptions.LongRunning);
        T result;
        try
        {
            result = render((file, content) => queue.Add((file, content)));
        }
        finally
        {
            queue.CompleteAdding();
            try
            {
                writing.Wait();
            }
            catch (AggregateException e) when (e.InnerException is { } inner)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
            }
        }
        written = count;
        return result;
    }

    private static EmitResult Failed(SiteCompilation compilation, PhaseTimings timings, params Diagnostic[] diagnostics) =>
        new(false, SiteCompilation.Finish(compilation.Diagnostics.Concat(diagnostics), compilation.Options), 0, 0, timings);

    /// <summary>Paths in diagnostics are relative to the guide root, as for chapters.</summary>
    public static string DisplayPath(string guideRoot, string path) =>
        Path.GetRelativePath(guideRoot, path).Replace('\\', '/');
}

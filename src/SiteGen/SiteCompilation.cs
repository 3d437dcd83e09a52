using System.Collections.Concurrent;
using System.Diagnostics;
using SiteGen.Binding;
using SiteGen.Comparison;
using SiteGen.Diagnostics;
using SiteGen.Sources;
using SiteGen.Syntax;

namespace SiteGen;

/// <summary>
/// One build of a guide, as a compiler sees it: the loaded sources, their syntax trees, the bound site
/// model and every diagnostic. Immutable; <see cref="WithProject"/> makes a new compilation that reuses
/// the syntax trees of unchanged chapters.
/// </summary>
public sealed class SiteCompilation
{
    private SiteCompilation(
        GuideProject project,
        CompilationOptions options,
        ProjectConfig config,
        IReadOnlyList<ChapterSyntax> chapters,
        SiteModel model,
        IReadOnlyList<Diagnostic> diagnostics,
        PhaseTimings timings)
    {
        Project = project;
        Options = options;
        Config = config;
        Chapters = chapters;
        Model = model;
        Diagnostics = diagnostics;
        Timings = timings;
    }

    public GuideProject Project { get; }

    public CompilationOptions Options { get; }

    public ProjectConfig Config { get; }

    /// <summary>Every chapter file's syntax, in path order (listed in guide.yml or not).</summary>
    public IReadOnlyList<ChapterSyntax> Chapters { get; }

    public SiteModel Model { get; }

    /// <summary>All diagnostics from every phase so far, in source order, with options applied.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public PhaseTimings Timings { get; }

    public static SiteCompilation Create(GuideProject project, CompilationOptions? options = null) =>
        Create(project, options ?? CompilationOptions.Default, previous: null);

    /// <summary>A new compilation over changed sources; chapters whose text did not change are not parsed again.</summary>
    public SiteCompilation WithProject(GuideProject project) => Create(project, Options, this);

    private static SiteCompilation Create(GuideProject project, CompilationOptions options, SiteCompilation? previous)
    {
        var diagnostics = new List<Diagnostic>();
        var clock = Stopwatch.StartNew();

        // guide.yml, the dataset and the chapters do not depend on one another: they are parsed in one parallel loop,
        // the dataset first (its YAML and the markdown of its texts make it the largest single item, and started last
        // it would run alone at the end). Their diagnostics are added in source order afterwards.
        var configDiagnostics = new List<Diagnostic>();
        ProjectConfig? parsedConfig = null;
        var datasetFile = project.DataFiles.FirstOrDefault(f => f.Path == ComparisonDataset.SourcePath);
        ParsedDataset? dataset = null;
        var reusable = previous?.Chapters.ToDictionary(c => (c.Source.Path, c.Source.ContentHash)) ?? [];
        var chapters = new ChapterSyntax[project.Chapters.Count];
        const int DatasetItem = -2, ConfigItem = -1;
        Parallel.For(DatasetItem, chapters.Length, Parallelism.Options, i =>
        {
            switch (i)
            {
                case DatasetItem:
                    dataset = datasetFile is null ? null
                        : previous?._dataset is { } earlier && earlier.Hash == datasetFile.ContentHash ? earlier
                        : ParseDataset(datasetFile);
                    break;
                case ConfigItem:
                    parsedConfig = SourceProcessingException.Guard(project.ProjectFile.Path, () => ProjectConfigParser.Parse(project.ProjectFile, configDiagnostics));
                    break;
                default:
                    var source = project.Chapters[i];
                    chapters[i] = reusable.TryGetValue((source.Path, source.ContentHash), out var parsed) ? parsed
                        : SourceProcessingException.Guard(source.Path, () => ChapterParser.Parse(source));
                    break;
            }
        });
        var config = parsedConfig!;
        diagnostics.AddRange(configDiagnostics);
        diagnostics.AddRange(project.LoadDiagnostics);
        diagnostics.AddRange(project.Theme.LoadDiagnostics);
        diagnostics.AddRange(project.Chapters.Concat(project.DataFiles).Append(project.ProjectFile)
            .Where(file => file.ByteCount > config.MaxFileBytes)
            .Select(file => Diagnostic.Create(DiagnosticDescriptors.SourceFileLarge, Location.File(file.Path), file.ByteCount, config.MaxFileBytes)));
        foreach (var chapter in chapters) diagnostics.AddRange(chapter.Diagnostics);
        diagnostics.AddRange(dataset?.Diagnostics ?? []);
        var comparison = dataset?.Dataset;
        var parseTime = clock.Elapsed;

        clock.Restart();
        var basePath = options.BasePath is { } overridePath ? BasePath.Normalize(overridePath) ?? "/" : config.BasePath;
        var model = SiteBinder.Bind(project, config, chapters, comparison, basePath, diagnostics);
        var bindTime = clock.Elapsed;

        var policy = new DiagnosticPolicy(options.WarningsAsErrors, config.SeverityOverrides, chapters.SelectMany(c => c.Suppressions).ToArray());
        return new SiteCompilation(project, options with { Policy = policy }, config, chapters, model, Finish(diagnostics, options with { Policy = policy }),
            new PhaseTimings { Parse = parseTime, Bind = bindTime }) { _dataset = dataset };
    }

    /// <summary>The parsed dataset with its content hash, reused by the next compilation when the file is unchanged.</summary>
    private ParsedDataset? _dataset;

    private sealed record ParsedDataset(string Hash, ComparisonDataset? Dataset, IReadOnlyList<Diagnostic> Diagnostics);

    private static ParsedDataset ParseDataset(SourceFile file)
    {
        var diagnostics = new List<Diagnostic>();
        return new ParsedDataset(file.ContentHash, SourceProcessingException.Guard(file.Path, () => ComparisonDatasetParser.Parse(file, diagnostics)), diagnostics);
    }

    /// <summary>Applies the diagnostic policy (overrides, suppressions, warnings as errors) and sorts, so output is stable.</summary>
    public static IReadOnlyList<Diagnostic> Finish(IEnumerable<Diagnostic> diagnostics, CompilationOptions options)
    {
        var policy = options.Policy ?? new DiagnosticPolicy(options.WarningsAsErrors, new Dictionary<string, DiagnosticSeverity?>(), []);
        var list = diagnostics.Select(policy.Apply).OfType<Diagnostic>().ToList();
        list.Sort(Diagnostic.SourceOrder);
        return list;
    }
}

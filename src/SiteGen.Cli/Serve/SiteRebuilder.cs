using System.Diagnostics;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Emit.Templates;
using SiteGen.Search;
using SiteGen.Sources;
using SiteGen.Syntax.Highlighting;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Keeps the last compilation and rebuilds from it: unchanged chapters keep their syntax trees, compiled
/// templates and highlighted code stay in memory, and a failed rebuild leaves the last good site in place.
/// </summary>
public sealed class SiteRebuilder(string source, string theme, string output)
{
    private readonly HighlightCache _highlights = HighlightCache.InMemory();
    private readonly SearchTokenCache _searchTokens = new();
    private RenderedPageCache _renderedPages = new();
    private readonly IncrementalSiteWriter _writer = new(output);
    private SiteCompilation? _last;
    private ThemeRenderer? _renderer;
    private string? _themeHash;

    public string Output { get; } = Path.GetFullPath(output);

    public string GuideRoot { get; } = Path.GetFullPath(source);

    /// <summary>One rebuild: its diagnostics, whether the site was replaced, and how long it took.</summary>
    public sealed record Result(bool Success, IReadOnlyList<Diagnostic> Diagnostics, int Pages, TimeSpan Elapsed)
    {
        public PhaseTimings? Timings { get; init; }

        /// <summary>How many pages were rendered again (the rest were unchanged and reused).</summary>
        public int PagesRendered { get; init; }
    }

    public Result Rebuild()
    {
        var clock = Stopwatch.StartNew();
        var loaded = Commands.ProjectLoader.Load(source, theme);
        if (loaded.Project is null) return new Result(false, loaded.Diagnostics, 0, clock.Elapsed);

        var themeHash = ThemeHash(loaded.Project.Theme);
        if (_renderer is null || themeHash != _themeHash)
        {
            // A changed theme needs its templates compiled again; the disk cache makes an unchanged one instant.
            _renderer = ThemeRenderer.Create(loaded.Project.Theme, CacheLocation.Templates(CacheLocation.Root()), CacheLocation.Assets(CacheLocation.Root()));
            _themeHash = themeHash;
            _renderedPages = new RenderedPageCache();
        }
        var compilation = _last is null
            ? SiteCompilation.Create(loaded.Project, new CompilationOptions(BasePath: "/"))
            : _last.WithProject(loaded.Project);
        var result = SiteEmitter.Emit(compilation, _renderer, Output, _highlights, _writer, _searchTokens, _renderedPages);
        _last = compilation;
        return new Result(result.Success, result.Diagnostics, result.PageCount, clock.Elapsed) { Timings = result.Timings, PagesRendered = result.PageCount - _renderedPages.Reused };
    }

    private static string ThemeHash(ThemeProject theme) =>
        ContentHasher.Hash(string.Join('\n', Directory.EnumerateFiles(theme.Root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => f + ":" + File.GetLastWriteTimeUtc(f).Ticks + ":" + new FileInfo(f).Length)));
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using RazorLight;
using RazorLight.Compilation;
using SiteGen.Diagnostics;
using SiteGen.Emit.ViewModels;
using SiteGen.Sources;

namespace SiteGen.Emit.Templates;

/// <summary>
/// Renders theme layouts (RazorLight, theme/layouts/*.cshtml) over typed view models. Each template is
/// compiled at most once per process (and cached on disk across processes); rendering is thread-safe.
/// </summary>
public sealed partial class ThemeRenderer
{
    private readonly RazorLightEngine _engine;
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<Diagnostic>>> _prepared = new(StringComparer.Ordinal);

    private ThemeRenderer(ThemeProject theme, RazorLightEngine engine, TemplateDiskCache? cache, string signature, string? assetCache)
    {
        Theme = theme;
        AssetCache = assetCache;
        _engine = engine;
        Cache = cache;
        Signature = signature;
    }

    /// <summary>A hash of every layout's path and text: what a rendered page's cache key needs of the theme.</summary>
    public string Signature { get; }

    public ThemeProject Theme { get; }

    public TemplateDiskCache? Cache { get; }

    /// <summary>Where assets derived from the theme's sources are kept between runs; null derives them every time.</summary>
    public string? AssetCache { get; }

    /// <param name="cacheRoot">Where compiled templates are kept between runs; null compiles every time.</param>
    /// <param name="assetCache">Where derived assets (the minified search engine) are kept between runs.</param>
    public static ThemeRenderer Create(ThemeProject theme, string? cacheRoot, string? assetCache = null)
    {
        var cache = cacheRoot is null ? null : new TemplateDiskCache(cacheRoot, theme.LayoutsRoot);
        var builder = new RazorLightEngineBuilder()
            .SetOperatingAssembly(typeof(ThemeRenderer).Assembly)
            .UseFileSystemProject(theme.LayoutsRoot)
            .AddDefaultNamespaces("System.Linq", "SiteGen.Emit.ViewModels");
        builder = cache is null ? builder.UseMemoryCachingProvider() : builder.UseCachingProvider(cache);
        var signature = new System.Text.StringBuilder();
        foreach (var relative in FileEnumerator.Files(theme.LayoutsRoot, "*.cshtml"))
        {
            signature.Append(relative).Append('\0').Append(ContentHasher.Hash(File.ReadAllBytes(Path.Combine(theme.LayoutsRoot, relative)))).Append('\0');
        }
        return new ThemeRenderer(theme, builder.Build(), cache, ContentHasher.Hash(signature.ToString()), assetCache);
    }

    /// <summary>
    /// Compiles the layouts up front (or loads them from the disk cache) so that compile errors are reported once, as
    /// diagnostics. Each layout is prepared once per renderer, which is made for one state of the theme: a build
    /// starts this while the guide compiles, and the emit's own call waits for what is still under way.
    /// </summary>
    public IReadOnlyList<Diagnostic> Prepare(IEnumerable<string> layouts, Func<string, string> displayPath) =>
        [.. layouts.SelectMany(layout => _prepared.GetOrAdd(layout, l => new Lazy<IReadOnlyList<Diagnostic>>(() => PrepareLayout(l, displayPath))).Value)];

    private List<Diagnostic> PrepareLayout(string layout, Func<string, string> displayPath)
    {
        var diagnostics = new List<Diagnostic>();
        var file = Path.Combine(Theme.LayoutsRoot, layout);
        if (!File.Exists(file))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ThemeLayoutMissing, Location.File(displayPath(Theme.LayoutsRoot)), layout));
            return diagnostics;
        }
        try
        {
            _engine.CompileTemplateAsync(layout).GetAwaiter().GetResult();
        }
        catch (TemplateCompilationException e)
        {
            foreach (var error in e.CompilationErrors.DefaultIfEmpty(e.Message))
            {
                var match = PositionPattern().Match(error);
                var location = match.Success
                    ? Location.At(displayPath(file), int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                        int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
                    : Location.File(displayPath(file));
                var message = match.Success ? error[match.Length..].Trim() : error;
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ThemeCompilationFailed, location, layout, message));
            }
        }
        return diagnostics;
    }

    public string Render(string layout, PageViewModel model) =>
        _engine.CompileRenderAsync(layout, model).GetAwaiter().GetResult();

    [GeneratedRegex(@"^\((\d+):(\d+)\)")]
    private static partial Regex PositionPattern();
}

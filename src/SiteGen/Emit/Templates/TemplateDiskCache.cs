using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Primitives;
using RazorLight;
using RazorLight.Caching;
using RazorLight.Compilation;
using RazorLight.Generation;
using RazorLight.Razor;
using SiteGen.Sources;

namespace SiteGen.Emit.Templates;

/// <summary>
/// Keeps the assemblies RazorLight compiles from the theme on disk, so a later process with the same
/// theme and the same tool build skips Roslyn entirely (about 3 s of a cold build). The cache folder
/// is keyed by a hash of the tool build, RazorLight and runtime versions and every theme template.
/// </summary>
public sealed class TemplateDiskCache : ICachingProvider, IPrecompileCallback
{
    private readonly string _folder;
    private readonly ConcurrentDictionary<string, Func<ITemplatePage>> _loaded = new(StringComparer.Ordinal);

    public TemplateDiskCache(string cacheRoot, string layoutsRoot)
    {
        var key = new System.Text.StringBuilder();
        key.Append(typeof(TemplateDiskCache).Assembly.ManifestModule.ModuleVersionId).Append('\0');
        key.Append(typeof(RazorLightEngine).Assembly.GetName().Version).Append('\0');
        key.Append(Environment.Version).Append('\0');
        foreach (var relative in FileEnumerator.Files(layoutsRoot, "*.cshtml"))
        {
            key.Append(relative).Append('\0').Append(ContentHasher.Hash(File.ReadAllBytes(Path.Combine(layoutsRoot, relative)))).Append('\0');
        }
        Root = Path.GetFullPath(cacheRoot);
        _folder = Path.Combine(Root, ContentHasher.Hash(key.ToString()));
    }

    /// <summary>The folder that holds one subfolder per theme-and-tool hash.</summary>
    public string Root { get; }

    /// <summary>How many templates were loaded from disk instead of compiled, for --verbose.</summary>
    public int Hits => _hits;

    private int _hits;

    void IPrecompileCallback.Invoke(IGeneratedRazorTemplate template, byte[] rawAssembly, byte[] rawSymbolStore)
    {
        try
        {
            CacheFile.Replace(PathFor(Normalize(template.TemplateKey)), rawAssembly);
            PruneOtherVersions();
        }
        catch (IOException)
        {
            // A cache that cannot be written only costs speed.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public TemplateCacheLookupResult RetrieveTemplate(string key)
    {
        var normalized = Normalize(key);
        if (_loaded.TryGetValue(normalized, out var factory)) return new TemplateCacheLookupResult(new TemplateCacheItem(key, factory));
        var path = PathFor(normalized);
        if (!File.Exists(path)) return new TemplateCacheLookupResult();
        Type type;
        try
        {
            var assembly = Assembly.Load(File.ReadAllBytes(path));
            type = assembly.GetCustomAttribute<RazorLightTemplateAttribute>()?.TemplateType
                ?? throw new BadImageFormatException("No RazorLight template in the cached assembly.");
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or FileLoadException)
        {
            TryDelete(path);
            return new TemplateCacheLookupResult();
        }
        factory = () =>
        {
            var page = (ITemplatePage)Activator.CreateInstance(type)!;
            page.Key = normalized;
            return page;
        };
        _loaded[normalized] = factory;
        Interlocked.Increment(ref _hits);
        return new TemplateCacheLookupResult(new TemplateCacheItem(key, factory));
    }

    public void CacheTemplate(string key, Func<ITemplatePage> pageFactory, IChangeToken expirationToken) =>
        _loaded[Normalize(key)] = pageFactory;

    public bool Contains(string key) => _loaded.ContainsKey(Normalize(key)) || File.Exists(PathFor(Normalize(key)));

    public void Remove(string key) => _loaded.TryRemove(Normalize(key), out _);

    private static string Normalize(string key)
    {
        var normalized = FileSystemRazorProjectHelper.NormalizeKey(key);
        return normalized.EndsWith(".cshtml", StringComparison.Ordinal) ? normalized : normalized + ".cshtml";
    }

    private string PathFor(string normalizedKey) =>
        Path.Combine(_folder, normalizedKey.TrimStart('/').Replace('/', '~') + ".dll");

    private void PruneOtherVersions()
    {
        foreach (var sibling in Directory.EnumerateDirectories(Root))
        {
            if (!string.Equals(sibling, _folder, StringComparison.Ordinal)) TryDelete(sibling);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

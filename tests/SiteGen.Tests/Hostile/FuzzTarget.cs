using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Emit.Templates;
using SiteGen.Sources;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// One fuzz target: the fuzzed bytes become one file of a small guide in a temporary folder, which is then
/// loaded, compiled and (for chapters and the dataset) rendered the way `sitegen build` does. A finding is
/// an exception that escapes, a page that could not be rendered (SG9003), a page that runs script
/// (<see cref="ScriptFinder"/>), or a diagnostic outside its file.
/// Shared by fuzz/SiteGen.Fuzz (afl++) and the regression tests that replay what it found.
/// </summary>
public sealed class FuzzTarget : IDisposable
{
    private static readonly Dictionary<string, string> FileOfTarget = new(StringComparer.Ordinal)
    {
        ["chapter"] = "chapters/fuzzed.md",
        ["frontmatter"] = "chapters/fuzzed.md",
        ["dataset"] = "data/comparison.yaml",
        ["guide-yml"] = "guide.yml",
    };

    private readonly string _target;
    private readonly string _root;
    private readonly string _file;
    private readonly ThemeProject _theme;
    private readonly ThemeRenderer _renderer;

    public FuzzTarget(string target, string root, ThemeProject theme, ThemeRenderer renderer)
    {
        if (!FileOfTarget.TryGetValue(target, out var file)) throw new ArgumentException($"Unknown fuzz target '{target}'", nameof(target));
        (_target, _root, _file, _theme, _renderer) = (target, root, Path.Combine(root, file), theme, renderer);
        WriteGuide();
    }

    public static IReadOnlyCollection<string> Names => FileOfTarget.Keys;

    /// <summary>The unchanged file the target fuzzes: a first input that must pass.</summary>
    public byte[] Seed => File.ReadAllBytes(_file);

    public void Run(byte[] input)
    {
        var bytes = _target == "frontmatter" ? [.. "---\n"u8, .. input, .. "\n---\n\n## Body\n"u8] : input;
        var original = File.ReadAllBytes(_file);
        File.WriteAllBytes(_file, bytes);
        try
        {
            var project = GuideProject.Load(_root, _theme) ?? throw new InvalidOperationException("guide.yml vanished");
            var compilation = SiteCompilation.Create(project);
            DiagnosticBounds.AssertInsideFiles(project, compilation.Diagnostics);
            if (_target is "chapter" or "dataset")
            {
                var (pages, diagnostics) = SiteEmitter.RenderAll(compilation, _renderer);
                if (diagnostics.FirstOrDefault(d => d.Id == DiagnosticDescriptors.ThemeRenderFailed.Id) is { } failure)
                {
                    throw new InvalidOperationException($"A page failed to render: {failure}");
                }
                foreach (var (file, html) in pages)
                {
                    if (ScriptFinder.Find(html) is { } script) throw new InvalidOperationException($"{file} runs script: {script}");
                }
            }
        }
        finally
        {
            File.WriteAllBytes(_file, original);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private void WriteGuide()
    {
        Directory.CreateDirectory(Path.Combine(_root, "chapters"));
        Directory.CreateDirectory(Path.Combine(_root, "data"));
        File.WriteAllText(Path.Combine(_root, "guide.yml"),
            "title: Fuzz\nparts:\n  - title: One\n    chapters:\n      - fuzzed.md\n      - other.md\n");
        File.WriteAllText(Path.Combine(_root, "chapters/fuzzed.md"), "---\ntitle: Fuzzed chapter\ntags: [flask]\n---\n\n## Section\n\nText with a [link](other.md#top).\n");
        File.WriteAllText(Path.Combine(_root, "chapters/other.md"), "---\ntitle: Other\n---\n\n## Top\n\n```compare\ndimensions: [routing]\n```\n");
        File.WriteAllText(Path.Combine(_root, "data/comparison.yaml"),
            "frameworks:\n  - id: flask\n    name: Flask\n  - id: django\n    name: Django\ncategories:\n  - id: c\n    title: C\n" +
            "dimensions:\n  - id: routing\n    category: c\n    title: Routing\n    values:\n      flask: { verdict: '`@app.route`' }\n" +
            "      django: { verdict: urls.py, note: '*path()*' }\n    see: [other.md#top]\n    sources: [https://example.org/]\n");
    }
}

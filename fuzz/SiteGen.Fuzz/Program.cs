using SharpFuzz;
using SiteGen;
using SiteGen.Diagnostics;
using SiteGen.Emit;
using SiteGen.Emit.Templates;
using SiteGen.Sources;
using SiteGen.Tests.Hostile;

namespace SiteGen.Fuzz;

/// <summary>
/// afl++ targets (through SharpFuzz): each writes the fuzzed bytes into one file of a small guide in a
/// temporary folder, then loads, compiles and renders it the way `sitegen build` does. A crash is an
/// exception that escapes, a page the renderer could not render (SG9003), or a diagnostic outside its file.
/// </summary>
public static class Program
{
    private const string Chapter = "---\ntitle: Fuzzed chapter\ntags: [flask]\n---\n\n## Section\n\nText with a [link](other.md#top).\n";

    private static readonly Dictionary<string, string> TargetFiles = new(StringComparer.Ordinal)
    {
        ["chapter"] = "chapters/fuzzed.md",
        ["frontmatter"] = "chapters/fuzzed.md",
        ["dataset"] = "data/comparison.yaml",
        ["guide-yml"] = "guide.yml",
    };

    /// <summary>Runs one target; outside afl-fuzz it runs once over standard input (to replay a finding).</summary>
    public static int Main(string[] args)
    {
        if (args.Length != 2 || !TargetFiles.TryGetValue(args[0], out var targetFile))
        {
            Console.Error.WriteLine("usage: SiteGen.Fuzz chapter|frontmatter|dataset|guide-yml THEME_FOLDER < INPUT");
            return 2;
        }
        var target = args[0];
        var root = Path.Combine(Path.GetTempPath(), $"sitegen-fuzz-{Environment.ProcessId}");
        (ThemeProject Theme, ThemeRenderer Renderer)? state = null;
        try
        {
            Fuzzer.OutOfProcess.Run(stream =>
            {
                // Instrumented code may run only inside Run (SharpFuzz maps afl's shared memory there), so the
                // guide and the compiled templates are set up on the first input.
                state ??= Prepare(root, args[1], target, targetFile);
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                RunOne(root, state.Value.Theme, state.Value.Renderer, target, targetFile, buffer.ToArray());
            });
            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static (ThemeProject, ThemeRenderer) Prepare(string root, string themeFolder, string target, string targetFile)
    {
        var theme = ThemeProject.Load(themeFolder) ?? throw new ArgumentException($"No theme at {themeFolder}");
        var renderer = ThemeRenderer.Create(theme, cacheRoot: null);
        WriteGuide(root);
        RunOne(root, theme, renderer, target, targetFile, File.ReadAllBytes(Path.Combine(root, targetFile)));
        return (theme, renderer);
    }

    private static void WriteGuide(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "chapters"));
        Directory.CreateDirectory(Path.Combine(root, "data"));
        File.WriteAllText(Path.Combine(root, "guide.yml"),
            "title: Fuzz\nparts:\n  - title: One\n    chapters:\n      - fuzzed.md\n      - other.md\n");
        File.WriteAllText(Path.Combine(root, "chapters/fuzzed.md"), Chapter);
        File.WriteAllText(Path.Combine(root, "chapters/other.md"), "---\ntitle: Other\n---\n\n## Top\n\n```compare\ndimensions: [routing]\n```\n");
        File.WriteAllText(Path.Combine(root, "data/comparison.yaml"),
            "frameworks:\n  - id: flask\n    name: Flask\n  - id: django\n    name: Django\ncategories:\n  - id: c\n    title: C\n" +
            "dimensions:\n  - id: routing\n    category: c\n    title: Routing\n    values:\n      flask: { verdict: '`@app.route`' }\n" +
            "      django: { verdict: urls.py, note: '*path()*' }\n    see: [other.md#top]\n    sources: [https://example.org/]\n");
    }

    private static void RunOne(string root, ThemeProject theme, ThemeRenderer renderer, string target, string targetFile, byte[] input)
    {
        var bytes = target == "frontmatter"
            ? [.. "---\n"u8, .. input, .. "\n---\n\n## Body\n"u8]
            : input;
        var path = Path.Combine(root, targetFile);
        var original = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes);
        try
        {
            var project = GuideProject.Load(root, theme) ?? throw new InvalidOperationException("guide.yml vanished");
            var compilation = SiteCompilation.Create(project);
            DiagnosticBounds.AssertInsideFiles(project, compilation.Diagnostics);
            if (target is "chapter" or "dataset")
            {
                var (_, diagnostics, _, _) = SiteEmitter.Render(compilation, renderer);
                if (diagnostics.FirstOrDefault(d => d.Id == DiagnosticDescriptors.ThemeRenderFailed.Id) is { } failure)
                {
                    throw new InvalidOperationException($"A page failed to render: {failure}");
                }
            }
        }
        finally
        {
            File.WriteAllBytes(path, original);
        }
    }
}

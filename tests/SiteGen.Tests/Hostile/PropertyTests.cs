using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using SiteGen.Emit;
using SiteGen.Sources;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Random and mutated chapters and YAML, built the way `sitegen build` builds them: no exception escapes,
/// every diagnostic points inside its file, and no page carries a script URL or an event-handler attribute.
/// Each property draws its inputs from one fixed seed in one CsCheck iteration, so a run is repeatable and
/// its budget bounded; a failure is shrunk to a small input and printed.
/// </summary>
public sealed class PropertyTests
{
    private const string Seed = "000000000vV7";
    private static readonly ThemeProject Theme = ThemeProject.Load(RepositoryPaths.Theme)!;
    private static readonly HtmlParser Html = new();

    private static readonly string[] MarkdownPieces =
    [
        "\n", "\n\n", " ", "  ", "\t", "word", "Flask", "é", "\u202E", "\0", "\r\n", "---\n", "title: T\n", "# ", "## ", "### Heading {#id}\n",
        "> ", "- ", "* ", "+ ", "1. ", "2) ", "    ", "*", "**", "_", "__", "~~", "`", "``", "```", "```python\n", "~~~\n", ":::", "::: question {#q difficulty=junior framework=flask}\n",
        "***\n", "[", "]", "(", ")", "![", "](", "<", ">", "&#x09;", "&#x0A;", "&amp;", "\\", "|", "|-|\n", "<!--", "-->", "<div>", "</div>",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">", "<svg onload=alert(1)>",
        "javascript:alert(1)", "java&#x09;script:alert(1)", "JaVaScRiPt:", "data:text/html,<script>", "vbscript:", "onclick=\"x()\"",
        "[x](javascript:alert(1))", "[x](java&#x09;script:alert(1))", "[x](<javascript:alert(1)>)", "<javascript:alert(1)>", "[x]: javascript:alert(1)\n[x]\n",
        "[link](other.md#top)", "[self](#section)", "https://example.org/", "```compare\ndimensions: [routing]\n```\n", "<!-- sitegen-disable-next-line SG1201 -->\n",
    ];

    private static readonly string[] YamlPieces =
    [
        "\n", "  ", "    ", "\t", ": ", ":", "- ", "[", "]", "{", "}", ", ", "'", "\"", "|", ">", "#", "&a ", "*a", "!include ", "!!str ", "? ",
        "---\n", "...\n", "~", "null", "true", "1e9", "-1", "title", "description", "tags", "parts", "chapters", "a.md", "other.md", "limits",
        "max_file_bytes", "diagnostics", "SG1106", "none", "base_path", "/x/", "url", "https://example.org", "frameworks", "categories",
        "dimensions", "id", "name", "flask", "django", "values", "verdict", "note", "see", "sources", "category", "order", "é", "\0", "\u2028",
        "<script>", "javascript:alert(1)", "%", "@", "`",
    ];

    private static Gen<string> Text(string[] pieces, int maxPieces) =>
        Gen.OneOf(pieces).Array[0, maxPieces].Select(parts => string.Concat(parts));

    /// <summary>A real chapter with a few random edits: pieces inserted, ranges deleted or doubled.</summary>
    private static Gen<string> Mutated(string original) =>
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, original.Length], Gen.Int[0, 200], Gen.OneOf(MarkdownPieces))
            .Array[1, 8]
            .Select(edits => edits.Aggregate(original, (text, edit) =>
            {
                var (kind, at, length, piece) = edit;
                at = Math.Min(at, text.Length);
                length = Math.Min(length, text.Length - at);
                return kind switch
                {
                    0 => text.Insert(at, piece),
                    1 => text.Remove(at, length),
                    _ => text.Insert(at, text.Substring(at, length)),
                };
            }));

    private static GuideProject Project(string? chapter = null, string? guideYml = null, string? dataset = null, string? frontMatter = null)
    {
        var chapterText = frontMatter is null ? chapter ?? TestGuide.Chapter("A", "Text.\n") : $"---\n{frontMatter}\n---\n\n## Body\n";
        return new GuideProject(
            "/nonexistent-guide",
            new SourceFile("guide.yml", guideYml ?? "title: T\nparts:\n  - title: P\n    chapters: [a.md, other.md]\n"),
            [new SourceFile("chapters/a.md", chapterText), new SourceFile("chapters/other.md", TestGuide.Chapter("Other", "## Top\n"))],
            dataset is null ? [] : [new SourceFile("data/comparison.yaml", dataset)],
            [],
            Theme);
    }

    private static void BuildsSafely(GuideProject project, bool render)
    {
        var compilation = SiteCompilation.Create(project);
        DiagnosticBounds.AssertInsideFiles(project, compilation.Diagnostics);
        if (!render) return;
        var (pages, diagnostics) = SiteEmitter.RenderAll(compilation, SharedTheme.Renderer);
        Assert.DoesNotContain(diagnostics, d => d.Id == "SG9003");
        foreach (var (file, html) in pages) AssertNoScript(file, html);
    }

    private static void AssertNoScript(string file, string html) =>
        Assert.True(ScriptFinder.Find(html) is null, $"{file}: {ScriptFinder.Find(html)}");

    [Fact]
    public void An_autolink_with_a_script_scheme_is_rendered_inert_and_reported()
    {
        var project = Project(chapter: TestGuide.Chapter("A", "Go <javascript:alert(1)> or <https://example.org>.\n"));

        var compilation = SiteCompilation.Create(project);
        var (pages, _) = SiteEmitter.RenderAll(compilation, SharedTheme.Renderer);

        DiagnosticAssert.Equal(compilation.Diagnostics, ("SG1206", "chapters/a.md", 5, 4));
        var page = Html.ParseDocument(pages.Single(p => p.OutputFile == "a/index.html").Html);
        Assert.Equal(["https://example.org"], page.QuerySelectorAll("main a[href^='http'], article a[href^='http']").Select(a => a.GetAttribute("href")).Distinct());
        Assert.Equal("#", page.QuerySelectorAll("a").Single(a => a.TextContent == "javascript:alert(1)").GetAttribute("href"));
        AssertNoScript("a/index.html", pages.Single(p => p.OutputFile == "a/index.html").Html);
    }

    [Fact]
    public void Random_chapters_build_safely()
    {
        Text(MarkdownPieces, 60).Array[60].Sample(chapters =>
        {
            foreach (var chapter in chapters) BuildsSafely(Project(chapter: chapter), render: true);
        }, seed: Seed, iter: 1, threads: 1);
    }

    [Fact]
    public void Mutated_guide_chapters_build_safely()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Guide, "chapters", "how-to-use-this-guide.md"));
        Mutated(original).Array[20].Sample(chapters =>
        {
            foreach (var chapter in chapters) BuildsSafely(Project(chapter: chapter), render: true);
        }, seed: Seed, iter: 1, threads: 1);
    }

    [Fact]
    public void Random_front_matter_guide_yml_and_datasets_compile_safely()
    {
        Gen.Select(Text(YamlPieces, 40), Text(YamlPieces, 40), Text(YamlPieces, 60)).Array[150].Sample(inputs =>
        {
            foreach (var (frontMatter, guideYml, dataset) in inputs)
            {
                BuildsSafely(Project(frontMatter: frontMatter), render: false);
                BuildsSafely(Project(guideYml: "title: T\nparts:\n  - title: P\n    chapters: [a.md]\n" + guideYml), render: false);
                BuildsSafely(Project(dataset: dataset), render: false);
            }
        }, seed: Seed, iter: 1, threads: 1);
    }

    [Fact]
    public void Mutated_datasets_compile_and_render_safely()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "fuzz", "corpus", "dataset", "small.yaml"));
        Gen.Select(Gen.Int[0, original.Length], Gen.OneOf(YamlPieces)).Array[1, 6]
            .Select(edits => edits.Aggregate(original, (text, edit) => text.Insert(Math.Min(edit.Item1, text.Length), edit.Item2)))
            .Array[20].Sample(datasets =>
            {
                foreach (var dataset in datasets) BuildsSafely(Project(chapter: TestGuide.Chapter("A", "```compare\ndimensions: [routing]\n```\n"), dataset: dataset), render: true);
            }, seed: Seed, iter: 1, threads: 1);
    }
}

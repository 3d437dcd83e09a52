using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Syntax;

namespace SiteGen.Sources;

/// <summary>
/// Creates a new chapter: the markdown file with front matter and a skeleton (including an example
/// question), and its entry in guide.yml, inserted as text after the part's last chapter so that the
/// file's comments and layout are kept.
/// </summary>
public static partial class ChapterScaffold
{
    /// <summary>The file name for a title: "Flask signals" → "flask-signals.md".</summary>
    public static string FileNameFor(string title)
    {
        var withoutAccents = string.Concat(title.Normalize(NormalizationForm.FormKD).Where(c => c is < '\u0300' or > '\u036f'));
        return NonWord().Replace(withoutAccents.ToLowerInvariant(), "-").Trim('-') + ".md";
    }

    /// <summary>Writes the chapter and updates guide.yml; returns the new file's path, or why it could not.</summary>
    public static (string? Path, string? Error) Create(string guideRoot, string title, string? partTitle)
    {
        var fileName = FileNameFor(title);
        if (fileName == ".md") return (null, $"'{title}' gives no usable file name");
        var chapterPath = Path.Combine(guideRoot, GuideProject.ChaptersFolder, fileName);
        if (File.Exists(chapterPath)) return (null, $"{Path.Combine(GuideProject.ChaptersFolder, fileName)} already exists; sitegen new never overwrites a file");

        var projectPath = Path.Combine(guideRoot, GuideProject.ProjectFileName);
        var yaml = File.ReadAllText(projectPath).ReplaceLineEndings("\n");
        var diagnostics = new List<Diagnostic>();
        var config = ProjectConfigParser.Parse(new SourceFile(GuideProject.ProjectFileName, yaml), diagnostics);
        if (diagnostics.Any(d => d.IsError)) return (null, $"guide.yml has errors; fix them first ({diagnostics.First(d => d.IsError)})");
        if (config.Chapters.Any(c => c.FileName == fileName)) return (null, $"guide.yml already lists {fileName}");

        var part = partTitle is null
            ? config.Parts.LastOrDefault(p => p.Chapters.Count > 0)
            : config.Parts.FirstOrDefault(p => string.Equals(p.Title, partTitle, StringComparison.OrdinalIgnoreCase));
        if (part is null || part.Chapters.Count == 0)
        {
            var known = string.Join(", ", config.Parts.Where(p => p.Chapters.Count > 0).Select(p => $"'{p.Title}'"));
            return (null, partTitle is null ? "guide.yml has no part to add the chapter to" : $"guide.yml has no part '{partTitle}' with chapters; parts: {known}");
        }

        var lines = yaml.Split('\n').ToList();
        var last = part.Chapters[^1].Location;
        var lastLine = lines[last.StartLine - 1];
        var entry = lastLine.TrimStart().StartsWith('-')
            ? new string(' ', last.StartColumn - 3) + "- " + fileName
            : null;
        if (entry is null) return (null, $"the chapters of part '{part.Title}' are written inline in guide.yml; add {fileName} there by hand");
        lines.Insert(last.StartLine, entry);

        Directory.CreateDirectory(Path.GetDirectoryName(chapterPath)!);
        File.WriteAllText(chapterPath, Skeleton(title, Path.GetFileNameWithoutExtension(fileName)));
        File.WriteAllText(projectPath, string.Join('\n', lines));
        return (chapterPath, null);
    }

    private static string Skeleton(string title, string slug) => $$"""
        ---
        title: {{title}}
        description: One sentence, under 160 characters, that says what this chapter teaches.
        tags: []
        ---

        Start with why the topic matters in an interview, in two or three sentences.

        ## The first topic

        Explain it in your own words, with a short example:

        ```python
        print("replace me")
        ```

        ::: question {#{{slug}}-first-question difficulty=junior framework=both}
        Write the question a reader should be able to answer after this section.
        ***
        Write the answer as you would say it in an interview: complete, precise, and short.
        :::

        ## Further reading

        - Link the official documentation pages this chapter relies on.

        """;

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();
}

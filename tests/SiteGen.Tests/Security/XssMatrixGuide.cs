using System.Text;
using System.Text.Json;

namespace SiteGen.Tests.Security;

/// <summary>
/// A guide that pushes every payload of <see cref="XssPayloads"/> through every author channel that builds
/// with warnings: link text and URL, image alt and URL, autolinks, reference definitions, raw HTML blocks
/// and inline HTML (also in table cells, list items, quotes and footnotes), headings, front matter (title, description, tags), guide.yml's title and description,
/// and every text field of the comparison dataset (titles, verdicts, notes).
/// </summary>
public static class XssMatrixGuide
{
    /// <summary>Writes the matrix guide (guide.yml, chapters/, data/) into <paramref name="guideRoot"/>.</summary>
    public static void Write(string guideRoot)
    {
        void Save(string relative, string text)
        {
            var path = Path.Combine(guideRoot, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        Save("guide.yml", $"""
            title: {Yaml("Matrix " + XssPayloads.Text[0])}
            description: {Yaml(XssPayloads.Text[1])}
            parts:
              - title: {Yaml(XssPayloads.Text[2])}
                chapters: [urls.md, html.md, text.md, data.md]
            """);
        Save("chapters/urls.md", Chapter("URLs", UrlChapter()));
        Save("chapters/html.md", Chapter("Raw HTML", HtmlChapter()));
        Save("chapters/text.md", TextChapter());
        Save("chapters/data.md", Chapter("Data", "## Tables\n\n```comparison\ncategory: matrix\n```\n"));
        Save("data/comparison.yaml", Dataset());
    }

    private static string Chapter(string title, string body) => $"---\ntitle: {Yaml(title)}\n---\n\n{body}";

    private static string UrlChapter()
    {
        var body = new StringBuilder();
        for (var i = 0; i < XssPayloads.Urls.Length; i++)
        {
            var url = XssPayloads.Urls[i];
            var text = XssPayloads.Text[i % XssPayloads.Text.Length];
            body.Append($"## URL {i}\n\n");
            body.Append($"A [link {Escape(text)}]({url}) and an image ![alt {Escape(text)}]({url}) and an autolink <{url}> and a [reference][r{i}].\n\n");
            body.Append($"[r{i}]: {url}\n\n");
        }
        return body.ToString();
    }

    private static string HtmlChapter()
    {
        var body = new StringBuilder();
        for (var i = 0; i < XssPayloads.Html.Length; i++)
        {
            body.Append($"## HTML {i}\n\n{XssPayloads.Html[i]}\n\nInline: before {XssPayloads.Html[i]} after.\n\n");
            // The same payload inside a table cell, a list item, a quote and a footnote.
            var cell = XssPayloads.Html[i].Replace("|", "\\|");
            body.Append($"| a | b |\n|---|---|\n| {cell} | x |\n\n- item {XssPayloads.Html[i]}\n\n> quoted {XssPayloads.Html[i]}\n\nNote[^n{i}].\n\n[^n{i}]: footnote {XssPayloads.Html[i]}\n\n");
        }
        return body.ToString();
    }

    private static string TextChapter()
    {
        var body = new StringBuilder("---\n");
        body.Append($"title: {Yaml(XssPayloads.Text[3])}\n");
        body.Append($"description: {Yaml(XssPayloads.Text[4])}\n");
        body.Append($"tags: [{string.Join(", ", XssPayloads.Text.Select(Yaml))}]\n---\n\n");
        foreach (var text in XssPayloads.Text) body.Append($"## Heading {Escape(text)}\n\nText {text} in a paragraph.\n\n");
        return body.ToString();
    }

    private static string Dataset()
    {
        var yaml = new StringBuilder("""
            frameworks:
              - id: flask
                name: Flask
                version: "3.1"
                homepage: javascript:alert(301)
              - id: django
                name: Django
                version: "5.2"
                homepage: https://www.djangoproject.com/
            categories:
              - id: matrix
                title: Matrix
                order: 1
            dimensions:

            """);
        var row = 0;
        void Row(string title, string verdict, string note)
        {
            yaml.Append($"  - id: row-{row++}\n    category: matrix\n    title: {Yaml(title)}\n    values:\n");
            yaml.Append($"      flask:\n        verdict: {Yaml(verdict)}\n        note: {Yaml(note)}\n");
            yaml.Append($"      django:\n        verdict: {Yaml(verdict)}\n");
            yaml.Append("    sources:\n      - https://flask.palletsprojects.com/\n");
        }
        for (var i = 0; i < XssPayloads.Urls.Length; i++)
        {
            var url = XssPayloads.Urls[i];
            Row(XssPayloads.Text[i % XssPayloads.Text.Length], $"A [verdict link]({url}) and <{url}>.", $"An image ![note image]({url}) and [r][d{i}].\n\n[d{i}]: {url}");
        }
        foreach (var html in XssPayloads.Html) Row("HTML row", $"Verdict {html}", html);
        return yaml.ToString();
    }

    /// <summary>A YAML scalar holding exactly <paramref name="text"/> (a JSON string is valid YAML).</summary>
    private static string Yaml(string text) => JsonSerializer.Serialize(text);

    /// <summary>Square brackets would end link text early; the payload stays otherwise intact.</summary>
    private static string Escape(string text) => text.Replace("[", "\\[").Replace("]", "\\]");
}

using System.Globalization;
using System.Text;

namespace SiteGen.Benchmarks.Anchors;

/// <summary>
/// The corpus the anchor benchmark builds with every tool: N pages in ten folders, each page with front matter,
/// 3–8 headings, 1–3 Python blocks, a table, lists, links within and across folders, and 1,000–1,500 words
/// drawn from a Zipf-distributed vocabulary, all from one fixed seed. The same markdown is written as a SiteGen
/// guide (chapters/fNN/…, guide.yml) and as Hugo content (content/fNN/…), so both tools read the same text.
/// </summary>
public static class AnchorCorpus
{
    public const int Folders = 10;
    private const int Seed = 20261205;

    public static void Write(string guideRoot, string hugoRoot, int pages)
    {
        var vocabulary = Vocabulary.Create(5000, new Random(Seed));
        var random = new Random(Seed + pages);
        var toc = new StringBuilder("title: Anchor corpus\ndescription: Generated for the side-by-side benchmark.\nparts:\n");
        var perFolder = (pages + Folders - 1) / Folders;
        for (var folder = 0; folder < Folders; folder++)
        {
            var first = folder * perFolder;
            var last = Math.Min(pages, first + perFolder);
            if (first >= last) break;
            toc.Append(CultureInfo.InvariantCulture, $"  - title: Folder {folder:D2}\n    chapters:\n");
            Directory.CreateDirectory(Path.Combine(guideRoot, "chapters", Name(folder)));
            Directory.CreateDirectory(Path.Combine(hugoRoot, "content", Name(folder)));
            File.WriteAllText(Path.Combine(hugoRoot, "content", Name(folder), "_index.md"), $"---\ntitle: Folder {folder:D2}\n---\n");
            for (var i = first; i < last; i++)
            {
                toc.Append(CultureInfo.InvariantCulture, $"      - {Name(folder)}/{PageName(i)}.md\n");
                var (frontMatter, body) = Page(i, pages, perFolder, vocabulary, random);
                File.WriteAllText(Path.Combine(guideRoot, "chapters", Name(folder), PageName(i) + ".md"), frontMatter + body);
                File.WriteAllText(Path.Combine(hugoRoot, "content", Name(folder), PageName(i) + ".md"), frontMatter + HugoLinks(body));
            }
        }
        File.WriteAllText(Path.Combine(guideRoot, "guide.yml"), toc.ToString());
        HugoSite.Write(hugoRoot);
    }

    private static string Name(int folder) => "f" + folder.ToString("D2", CultureInfo.InvariantCulture);

    private static string PageName(int index) => "page-" + index.ToString("D5", CultureInfo.InvariantCulture);

    private static (string FrontMatter, string Body) Page(int index, int pages, int perFolder, Vocabulary words, Random random)
    {
        string Sentence(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words.Next(random))) + ".";
        string Link(int target, string anchor)
        {
            var folder = target / perFolder;
            var here = index / perFolder;
            var path = folder == here ? $"{PageName(target)}.md" : $"../{Name(folder)}/{PageName(target)}.md";
            return $"[{words.Next(random)} {words.Next(random)}]({path}#{anchor})";
        }

        var frontMatter = $"---\ntitle: \"Page {index}: {words.Next(random)} {words.Next(random)}\"\ndescription: \"{Sentence(12).TrimEnd('.')}\"\ntags: [{words.Next(random)}, {words.Next(random)}]\n---\n\n";
        var body = new StringBuilder();
        var headings = random.Next(3, 9);
        var codeBlocks = random.Next(1, 4);
        var targetWords = random.Next(1000, 1501);
        var wordsPerSection = targetWords / headings;
        for (var h = 0; h < headings; h++)
        {
            body.Append(CultureInfo.InvariantCulture, $"## Section {h}\n\n");
            var written = 0;
            while (written < wordsPerSection - 40)
            {
                var length = random.Next(40, 90);
                body.Append(Sentence(length)).Append(' ').Append(Sentence(random.Next(8, 20))).Append("\n\n");
                written += length;
            }
            if (h == 0)
            {
                body.Append("Read on: ").Append(Link((index + 1) % pages, "section-1")).Append(", and across the site: ")
                    .Append(Link((index + pages / 2 + 7) % pages, "section-0")).Append(".\n\n");
            }
            if (h < codeBlocks)
            {
                body.Append(CultureInfo.InvariantCulture, $"```python\nfrom flask import Flask, jsonify\n\napp = Flask(__name__)\n\n\n@app.get(\"/{words.Next(random)}/<int:item_id>\")\ndef show_{h}(item_id):\n    items = [{{\"id\": i, \"name\": \"{words.Next(random)}\"}} for i in range(item_id)]\n    return jsonify(items=items, count=len(items))\n```\n\n");
            }
            if (h == 1)
            {
                body.Append("| Aspect | Flask | Django |\n|---|---|---|\n");
                for (var row = 0; row < 4; row++) body.Append(CultureInfo.InvariantCulture, $"| {words.Next(random)} | {Sentence(4)} | {Sentence(4)} |\n");
                body.Append('\n');
            }
            if (h == 2)
            {
                for (var item = 0; item < 4; item++) body.Append("- ").Append(Sentence(8)).Append('\n');
                body.Append("\n1. ").Append(Sentence(6)).Append("\n2. ").Append(Sentence(6)).Append("\n\n");
            }
        }
        return (frontMatter, body.ToString());
    }

    /// <summary>Hugo serves a page at its folder URL; the same links, pointed at Hugo's URLs.</summary>
    private static string HugoLinks(string body) =>
        System.Text.RegularExpressions.Regex.Replace(body, @"\]\((\.\./)?(f\d\d/)?(page-\d{5})\.md#", m => $"]({(m.Groups[1].Success ? "../../" + m.Groups[2].Value : "../")}{m.Groups[3].Value}/#");
}

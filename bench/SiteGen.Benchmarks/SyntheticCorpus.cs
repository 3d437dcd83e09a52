using System.Globalization;
using System.Text;

namespace SiteGen.Benchmarks;

/// <summary>
/// Writes a guide of N chapters shaped like the real one (front matter, sections, code, tables, alerts,
/// cross-links), deterministic for a given N, so that runs and tools can be compared on the same input.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Words =
        ("request response route view template context session cookie blueprint model query migration admin form " +
         "middleware signal cache database transaction serializer endpoint settings application factory extension " +
         "decorator converter namespace handler worker deployment performance security token password").Split(' ');

    public static void Write(string root, int pages)
    {
        var chapters = Path.Combine(root, "chapters");
        Directory.CreateDirectory(chapters);
        var toc = new StringBuilder("title: Synthetic corpus\ndescription: Generated for benchmarks.\nparts:\n");
        var random = new Random(pages);
        for (var part = 0; part * 100 < pages; part++)
        {
            toc.Append(CultureInfo.InvariantCulture, $"  - title: Part {part + 1}\n    chapters:\n");
            for (var i = part * 100; i < Math.Min(pages, (part + 1) * 100); i++)
            {
                toc.Append(CultureInfo.InvariantCulture, $"      - page-{i:D5}.md\n");
                File.WriteAllText(Path.Combine(chapters, $"page-{i:D5}.md"), Chapter(i, pages, random));
            }
        }
        File.WriteAllText(Path.Combine(root, "guide.yml"), toc.ToString());
    }

    private static string Chapter(int index, int pages, Random random)
    {
        string Sentence(int words) =>
            string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])) + ".";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Page {index} about {Words[index % Words.Length]}\ndescription: {Sentence(10)}\n---\n\n");
        for (var section = 0; section < 6; section++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Section {section} on {Words[(index + section) % Words.Length]}\n\n");
            text.Append(Sentence(60)).Append(' ').Append(Sentence(40)).Append("\n\n");
            var next = (index + 1) % pages;
            text.Append(CultureInfo.InvariantCulture, $"See [the next page](page-{next:D5}.md#section-1-on-{Words[(next + 1) % Words.Length]}).\n\n");
            if (section % 2 == 0)
            {
                text.Append("```python\n@app.route(\"/items/<int:item_id>\")\ndef show(item_id):\n    return {\"id\": item_id}\n```\n\n");
            }
            if (section == 3)
            {
                text.Append("| Framework | Verdict |\n|---|---|\n| Flask | small core |\n| Django | batteries |\n\n> [!TIP]\n> ").Append(Sentence(12)).Append("\n\n");
            }
            text.Append(CultureInfo.InvariantCulture, $"### Detail {section}\n\n").Append(Sentence(50)).Append("\n\n");
        }
        return text.ToString();
    }
}

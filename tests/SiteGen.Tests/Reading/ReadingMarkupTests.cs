using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Emit;
using SiteGen.Reading;
using SiteGen.Syntax.Highlighting;
using SiteGen.Syntax.Markdown;

namespace SiteGen.Tests.Reading;

/// <summary>
/// What the renderers write for a reader before any script runs: code in a labelled frame, code and wide
/// tables as named regions the keyboard can reach, no empty table header; and how reading time is counted.
/// </summary>
public sealed class ReadingMarkupTests
{
    [Fact]
    public void A_code_block_sits_in_a_frame_labelled_with_its_language_and_is_a_focusable_named_region()
    {
        var page = Render("```py\nprint('hi')\n```\n\n```\nplain\n```\n\n```toml\n[a]\n```\n");

        var frames = page.QuerySelectorAll(".code-frame");
        Assert.Equal(["Python", "Text", "toml"], frames.Select(f => f.QuerySelector(".code-header .code-language")!.TextContent));
        var blocks = page.QuerySelectorAll(".code-frame > pre.code-block");
        Assert.All(blocks, pre => Assert.Equal(("0", "region"), (pre.GetAttribute("tabindex"), pre.GetAttribute("role"))));
        Assert.Equal(["Python code, example 1", "Text code, example 2", "toml code, example 3"], blocks.Select(pre => pre.GetAttribute("aria-label")));
        Assert.Equal("print('hi')", blocks[0].QuerySelector("code.language-python")!.TextContent);
    }

    [Fact]
    public void A_table_is_wrapped_in_a_focusable_named_region_and_an_empty_corner_is_not_a_header()
    {
        var page = Render("| | Flask | Django |\n|---|---|---|\n| ORM | none | built in |\n\n| A | B |\n|:-:|--:|\n| 1 | 2 |\n");

        var regions = page.QuerySelectorAll("div.table-scroll");
        Assert.Equal(["Table 1", "Table 2"], regions.Select(r => r.GetAttribute("aria-label")));
        Assert.All(regions, r => Assert.Equal(("0", "region"), (r.GetAttribute("tabindex"), r.GetAttribute("role"))));
        var header = regions[0].QuerySelector("thead tr")!;
        Assert.Equal(["TD", "TH", "TH"], header.Children.Select(c => c.TagName));
        Assert.Equal(["Flask", "Django"], header.QuerySelectorAll("th[scope=col]").Select(th => th.TextContent));
        Assert.Equal(["ORM", "none", "built in"], regions[0].QuerySelectorAll("tbody td").Select(td => td.TextContent));
        Assert.Equal(["text-align: center;", "text-align: right;"], regions[1].QuerySelectorAll("tbody td").Select(td => td.GetAttribute("style")));
    }

    [Fact]
    public void Regions_are_numbered_across_the_whole_page_so_every_name_is_unique()
    {
        var context = new PageRenderContext("", HighlightCache.InMemory(), null);
        var first = Render("```python\na = 1\n```\n", context);
        var second = Render("```python\nb = 2\n```\n", context);

        Assert.Equal("Python code, example 1", first.QuerySelector("pre")!.GetAttribute("aria-label"));
        Assert.Equal("Python code, example 2", second.QuerySelector("pre")!.GetAttribute("aria-label"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("  two words\n", 2)]
    [InlineData("a — b -- c", 3)]
    [InlineData("select_related() and prefetch_related()", 3)]
    public void Words_are_runs_between_spaces_that_hold_a_letter_or_a_digit(string text, int words) =>
        Assert.Equal(words, ReadingTime.CountWords(text));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(329, 1)]
    [InlineData(330, 2)]
    [InlineData(2200, 10)]
    public void Reading_time_is_words_at_220_a_minute_rounded_and_at_least_a_minute(int words, int minutes)
    {
        var chapter = Parse(string.Join(' ', Enumerable.Repeat("word", words)));

        Assert.Equal(minutes, ReadingTime.Minutes(chapter));
    }

    private static IHtmlDocument Render(string markdown, PageRenderContext? context = null)
    {
        using var writer = new StringWriter();
        var renderer = ContentRenderer.Create(writer, context ?? new PageRenderContext("", HighlightCache.InMemory(), null), new Dictionary<string, string>());
        renderer.Render(Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Shared));
        writer.Flush();
        return new HtmlParser().ParseDocument(writer.ToString());
    }

    private static SiteGen.Syntax.ChapterSyntax Parse(string body) =>
        SiteGen.Syntax.ChapterParser.Parse(new SiteGen.Sources.SourceFile("chapters/reading.md", "---\ntitle: Reading\n---\n" + body + "\n"));
}

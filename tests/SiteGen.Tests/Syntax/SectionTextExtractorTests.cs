using SiteGen.Sources;
using SiteGen.Syntax;

namespace SiteGen.Tests.Syntax;

/// <summary>The plain text of a chapter's sections, as the search index gets it.</summary>
public sealed class SectionTextExtractorTests
{
    [Fact]
    public void Line_breaks_and_runs_of_blanks_become_single_spaces_in_prose_and_code()
    {
        var chapter = ChapterParser.Parse(new SourceFile("chapters/a.md",
            "---\ntitle: A\n---\n\n## Routing\n\nOne  line\nand the next.\n\n```python\nx = 1\ny\t=  2\n```\n"));

        var section = Assert.Single(chapter.Sections, s => s.Id == "routing");

        Assert.Equal("One line and the next.", section.Body);
        Assert.Equal("x = 1 y = 2", section.Code);
    }

    [Fact]
    public void A_single_line_break_is_a_space_too()
    {
        var chapter = ChapterParser.Parse(new SourceFile("chapters/a.md", "---\ntitle: A\n---\n\n## Code\n\n```\na\nb\n```\n"));

        Assert.Equal("a b", Assert.Single(chapter.Sections, s => s.Id == "code").Code);
    }
}

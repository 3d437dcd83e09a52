using SiteGen.Sources;
using SiteGen.Syntax;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Syntax;

public sealed class ChapterParserTests
{
    private static ChapterSyntax Parse(string text) => ChapterParser.Parse(new SourceFile("chapters/a.md", text));

    [Fact]
    public void Front_matter_fields_are_read()
    {
        var chapter = Parse("---\ntitle: Routing\ndescription: How URLs map to views.\ntags: [flask, urls]\n---\n\nBody.\n");

        Assert.Equal("Routing", chapter.FrontMatter.Title);
        Assert.Equal("How URLs map to views.", chapter.FrontMatter.Description);
        Assert.Equal(["flask", "urls"], chapter.FrontMatter.Tags);
        Assert.Empty(chapter.Diagnostics);
    }

    [Fact]
    public void A_chapter_without_front_matter_is_reported_at_its_first_line()
    {
        DiagnosticAssert.Equal(Parse("Just text.\n").Diagnostics, ("SG1101", "chapters/a.md", 1, 1));
    }

    [Fact]
    public void A_misspelled_front_matter_key_is_reported_at_the_key()
    {
        var chapter = Parse("---\ntitle: Routing\ndescripton: typo\n---\n\nBody.\n");

        DiagnosticAssert.Equal(chapter.Diagnostics, ("SG1103", "chapters/a.md", 3, 1));
        Assert.Contains("descripton", chapter.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_at_its_line_and_column_in_the_chapter_file()
    {
        var chapter = Parse("---\ntitle: Routing\ntags: [a, b\n---\n\nBody.\n");

        // At the end of the line that lacks its ']', not on the closing '---'.
        DiagnosticAssert.Equal(chapter.Diagnostics, ("SG1102", "chapters/a.md", 3, 12));
    }

    [Fact]
    public void A_missing_title_is_an_error()
    {
        DiagnosticAssert.Equal(Parse("---\ndescription: no title\n---\n\nBody.\n").Diagnostics, ("SG1104", "chapters/a.md", 1, 1));
    }

    [Fact]
    public void Heading_ids_are_github_style_and_unique_within_the_page()
    {
        var chapter = Parse("---\ntitle: T\n---\n\n## The `url_for` function\n\n## Views & templates\n\n## Overview\n\n### Overview\n");

        Assert.Equal(["the-url_for-function", "views--templates", "overview", "overview-1"], chapter.Headings.Select(h => h.Id));
        Assert.Equal("The url_for function", chapter.Headings[0].Text);
        Assert.Equal(5, chapter.Headings[0].Location.StartLine);
    }

    [Fact]
    public void A_level_one_heading_in_the_body_is_a_warning()
    {
        DiagnosticAssert.Equal(Parse("---\ntitle: T\n---\n\n# Second title\n").Diagnostics, ("SG1106", "chapters/a.md", 5, 1));
    }

    [Fact]
    public void Links_are_collected_with_their_positions()
    {
        var chapter = Parse("---\ntitle: T\n---\n\nSee [other](other.md#part) and ![img](../assets/x.png).\n");

        Assert.Collection(chapter.Links,
            link => Assert.Equal(("other.md#part", false, 5, 5), (link.Url, link.IsImage, link.Location.StartLine, link.Location.StartColumn)),
            link => Assert.Equal(("../assets/x.png", true, 5, 32), (link.Url, link.IsImage, link.Location.StartLine, link.Location.StartColumn)));
    }

    [Fact]
    public void Unsafe_raw_html_is_reported_where_it_was_written()
    {
        var chapter = Parse("---\ntitle: T\n---\n\nText.\n\n<script>alert(1)</script>\n\nInline <b onclick=\"x()\">bold</b>.\n");

        DiagnosticAssert.Equal(chapter.Diagnostics, ("SG1301", "chapters/a.md", 7, 1), ("SG1301", "chapters/a.md", 9, 8));
        Assert.True(chapter.HasRawHtml);
    }

    [Fact]
    public void Harmless_raw_html_gives_no_warning()
    {
        var chapter = Parse("---\ntitle: T\n---\n\n<details><summary>More</summary>\n\nHidden text.\n\n</details>\n");

        Assert.Empty(chapter.Diagnostics);
        Assert.True(chapter.HasRawHtml);
    }
}

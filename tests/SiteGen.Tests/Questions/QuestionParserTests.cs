using SiteGen.Sources;
using SiteGen.Syntax;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Questions;

public sealed class QuestionParserTests
{
    private static ChapterSyntax Parse(string body) => ChapterParser.Parse(new SourceFile("chapters/a.md", TestGuide.Chapter("A", body)));

    [Fact]
    public void A_question_block_is_parsed_with_its_attributes_and_section()
    {
        var chapter = Parse("## Contexts\n\n::: question {#flask-ctx difficulty=mid framework=flask}\nWhat is `g`?\n***\nA namespace per app context.\n:::\n");

        Assert.Empty(chapter.Diagnostics);
        var question = Assert.Single(chapter.Questions);
        Assert.Equal(("flask-ctx", SiteGen.Questions.Difficulty.Mid, "flask", "What is g?"), (question.Id, question.Difficulty, question.Framework, question.QuestionText));
        Assert.Equal(("contexts", "Contexts"), question.Section);
        Assert.Equal((7, 1), (question.Location.StartLine, question.Location.StartColumn));
    }

    [Fact]
    public void Every_invalid_block_is_reported_at_its_line()
    {
        var chapter = Parse("""
            ::: question {difficulty=mid framework=flask}
            No id?
            ***
            Answer.
            :::

            ::: question {#q-two difficulty=expert framework=rails}
            Bad values?
            ***
            Answer.
            :::

            ::: question {#q-three difficulty=mid framework=both}
            No answer.
            :::

            ::: question {#q-four difficulty=mid framework=both}
            ***
            An answer to nothing.
            :::

            ::: question {#q-five level=mid difficulty=mid framework=both}
            Extra attribute?
            ***
            Answer.
            :::

            ::: warning
            Not a known block.
            :::
            """);

        DiagnosticAssert.Equal(chapter.Diagnostics,
            ("SG1501", "chapters/a.md", 5, 1),
            ("SG1503", "chapters/a.md", 11, 1),
            ("SG1504", "chapters/a.md", 11, 1),
            ("SG1505", "chapters/a.md", 17, 1),
            ("SG1506", "chapters/a.md", 21, 1),
            ("SG1507", "chapters/a.md", 26, 1),
            ("SG1508", "chapters/a.md", 32, 1));
    }

    [Fact]
    public void Question_ids_are_unique_across_the_whole_guide()
    {
        using var guide = TestGuide.With(
            ("a.md", TestGuide.Chapter("A", "::: question {#same difficulty=mid framework=flask}\nQ?\n***\nA.\n:::\n")),
            ("b.md", TestGuide.Chapter("B", "## Same\n\n::: question {#same difficulty=mid framework=flask}\nQ?\n***\nA.\n:::\n")));

        var diagnostic = Assert.Single(guide.Compile().Diagnostics);

        Assert.Equal(("SG1502", "chapters/b.md", 7), (diagnostic.Id, diagnostic.Location.Path, diagnostic.Location.StartLine));
        Assert.Contains("chapters/a.md(5,1)", diagnostic.Message, StringComparison.Ordinal);
    }
}

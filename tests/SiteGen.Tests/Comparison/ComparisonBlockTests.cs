using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Comparison;

public sealed class ComparisonBlockTests
{
    private static TestGuide Guide(string body) =>
        TestGuide.With(("a.md", TestGuide.Chapter("A", body)))
            .Write("data/comparison.yaml", File.ReadAllText(Path.Combine(RepositoryPaths.Fixture("comparison"), "data", "comparison.yaml"))
                .Replace("see: [databases.md#orms]", "see: [a.md#nowhere, missing.md]", StringComparison.Ordinal));

    [Fact]
    public void Unknown_ids_in_a_block_are_reported_at_their_line_in_the_chapter()
    {
        using var guide = Guide("```comparison\ndimensions: [orm, orms]\nframeworks: [flask, pyramid]\n```\n\n```comparison\ncategory: securty\n```\n");

        DiagnosticAssert.Equal(guide.Compile().Diagnostics,
            ("SG1412", "chapters/a.md", 6, 19),
            ("SG1412", "chapters/a.md", 7, 21),
            ("SG1412", "chapters/a.md", 11, 11),
            ("SG1409", "data/comparison.yaml", 34, 11),
            ("SG1409", "data/comparison.yaml", 34, 25));
    }

    [Fact]
    public void A_block_needs_exactly_one_of_dimensions_or_category()
    {
        using var guide = Guide("```comparison\ndimensions: [orm]\ncategory: data\n```\n\n```comparison\nframeworks: [flask]\ncolour: red\n```\n");

        var ids = guide.Compile().Diagnostics.Where(d => d.Location.Path == "chapters/a.md").Select(d => (d.Id, d.Location.StartLine));

        Assert.Equal([("SG1411", 5), ("SG1411", 10), ("SG1411", 12)], ids);
    }

    [Fact]
    public void A_block_without_a_dataset_is_an_error()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "```comparison\ndimensions: [orm]\n```\n")));

        DiagnosticAssert.Equal(guide.Compile().Diagnostics, ("SG1413", "chapters/a.md", 5, 1));
    }
}

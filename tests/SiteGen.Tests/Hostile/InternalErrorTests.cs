using SiteGen.Cli;
using SiteGen.Cli.Commands;

namespace SiteGen.Tests.Hostile;

/// <summary>Exit 3 is kept for SiteGen's own bugs, and then it names the file that was being processed.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public void An_internal_error_while_parsing_a_chapter_names_the_chapter()
    {
        using var error = new StringWriter();

        // What a parallel parse throws when a parser fails on one chapter.
        var exit = CommandGuard.Run(error, verbose: false, () => throw new AggregateException(
            new SourceProcessingException("chapters/a.md", new InvalidOperationException("Operation is not valid"))));

        Assert.Equal(ExitCodes.InternalError, exit);
        Assert.StartsWith("sitegen: internal error while processing chapters/a.md: Operation is not valid", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parsing_wraps_an_unexpected_failure_with_the_path()
    {
        var failure = Assert.Throws<SourceProcessingException>(() =>
            SourceProcessingException.Guard<int>("data/comparison.yaml", () => throw new ArgumentException("bad")));

        Assert.Equal("data/comparison.yaml", failure.Path);
        Assert.IsType<ArgumentException>(failure.InnerException);
    }
}

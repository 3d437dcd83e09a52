using SiteGen.Diagnostics;
using SiteGen.Examples;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Examples;

/// <summary>Finding a chapter's examples and the output they must print, and the blocks that have not decided.</summary>
public sealed class ExampleCollectorTests
{
    private const string PythonGroup = "tests:\n  py:\n    language: python\n    command: [python3, \"{file}\"]\n";

    private static (IReadOnlyList<ExampleBlock> Blocks, List<Diagnostic> Diagnostics) Collect(string body, string tests = PythonGroup)
    {
        using var guide = ExampleGuides.With(body, tests);
        var diagnostics = new List<Diagnostic>();
        var project = guide.Load();
        var groups = TestGroupsParser.Parse(project.ProjectFile, project.Root, diagnostics);
        var chapter = SiteCompilation.Create(project).Chapters.Single();
        return (ExampleCollector.Collect(chapter, groups, diagnostics), diagnostics);
    }

    [Fact]
    public void Expected_output_comes_from_arrow_comments_or_from_the_output_block_after_the_example()
    {
        var (blocks, diagnostics) = Collect(
            "```python {test=py}\nprint(1)  # -> 1\nprint('a b')  #-> a b\n```\n\n"
            + "```python {test=py}\nprint('x')\n```\n\n```output\nx\n```\n\n"
            + "```python {test=py}\npass\n```\n");

        Assert.Empty(diagnostics);
        Assert.Equal([["1", "a b"], ["x"], null], blocks.Select(b => b.ExpectedOutput?.ToArray()));
        Assert.Equal([5, 10, 18], blocks.Select(b => b.Fence.StartLine));
        Assert.Equal(["a.md-5", "a.md-10", "a.md-18"], blocks.Select(b => b.Name));
        Assert.Equal("print('x')\n", blocks[1].Code + "\n");
    }

    [Fact]
    public void Blocks_in_a_language_a_group_runs_must_decide_and_others_need_not()
    {
        var (blocks, diagnostics) = Collect("```python\nundecided()\n```\n\n```bash\nls\n```\n\n```python {test=skip reason=\"a fragment\"}\nnope(\n```\n");

        DiagnosticAssert.Equal(diagnostics, ("SG9205", "chapters/a.md", 5, 1));
        Assert.True(Assert.Single(blocks).IsSkipped);
    }

    [Fact]
    public void Without_test_groups_no_block_has_to_decide()
    {
        var (blocks, diagnostics) = Collect("```python\nprint(1)\n```\n", tests: string.Empty);

        Assert.Empty(blocks);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Unknown_groups_bad_attributes_and_output_stated_twice_are_reported_at_the_fence()
    {
        var (blocks, diagnostics) = Collect(
            "```python {test=flsk}\npass\n```\n\n```python {test=skip}\npass\n```\n\n```python {test=py}\nprint(2)  # -> 2\n```\n\n```output\n2\n```\n");

        Assert.Empty(blocks);
        DiagnosticAssert.Equal(diagnostics, ("SG9204", "chapters/a.md", 5, 11), ("SG9206", "chapters/a.md", 9, 11), ("SG9208", "chapters/a.md", 13, 11));
        Assert.Equal("'test=flsk' names no group under 'tests' in guide.yml (known: py)", diagnostics.Single(d => d.Id == "SG9204").Message);
    }

    [Fact]
    public void Test_groups_in_guide_yml_are_checked_at_their_positions()
    {
        var (_, diagnostics) = Collect(string.Empty,
            "tests:\n  py:\n    language: python\n    command: [python3]\n    timeout: soon\n    prelude_file: ../../etc/passwd\n    colour: blue\n  none:\n    language: python\n");

        DiagnosticAssert.Equal(diagnostics,
            ("SG1004", "guide.yml", 11, 14), ("SG1004", "guide.yml", 12, 19), ("SG1003", "guide.yml", 13, 5), ("SG1004", "guide.yml", 15, 5));
    }
}

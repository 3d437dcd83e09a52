using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Diagnostics;

public sealed class DiagnosticPolicyTests
{
    private const string Body = "# Extra title\n\nSee [gone](gone.md).\n\n<!-- sitegen-disable-next-line SG1201 -->\nSee [also gone](also-gone.md).\n";

    private static TestGuide Guide(string diagnostics) =>
        TestGuide.With(("a.md", TestGuide.Chapter("A", Body)))
            .Write("guide.yml", $"title: T\n{diagnostics}parts:\n  - title: P\n    chapters: [a.md]\n");

    [Fact]
    public void A_suppression_comment_silences_that_id_on_the_next_line_only()
    {
        using var guide = Guide("");

        DiagnosticAssert.Equal(guide.Compile().Diagnostics, ("SG1106", "chapters/a.md", 5, 1), ("SG1201", "chapters/a.md", 7, 5));
    }

    [Fact]
    public void Guide_yml_overrides_severities_by_id()
    {
        using var guide = Guide("diagnostics:\n  SG1106: none\n  SG1201: warning\n");

        var diagnostics = guide.Compile().Diagnostics;

        var only = Assert.Single(diagnostics);
        Assert.Equal(("SG1201", DiagnosticSeverity.Warning), (only.Id, only.Severity));
    }

    [Fact]
    public void Overrides_come_before_warnaserror()
    {
        using var guide = Guide("diagnostics:\n  SG1106: info\n");

        var diagnostics = guide.Compile(new CompilationOptions(WarningsAsErrors: true)).Diagnostics;

        Assert.Equal(DiagnosticSeverity.Info, diagnostics.Single(d => d.Id == "SG1106").Severity);
    }

    [Fact]
    public void Unknown_ids_and_severities_in_guide_yml_are_errors()
    {
        using var guide = Guide("diagnostics:\n  SG9999: none\n  SG1106: loud\n");

        var project = guide.Compile().Diagnostics.Where(d => d.Location.Path == "guide.yml").Select(d => (d.Id, d.Location.StartLine, d.Location.StartColumn));

        Assert.Equal([("SG1004", 3, 3), ("SG1004", 4, 11)], project);
    }
}

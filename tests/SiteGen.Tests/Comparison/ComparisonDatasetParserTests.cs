using SiteGen.Emit;
using SiteGen.Syntax.Highlighting;
using SiteGen.Comparison;
using SiteGen.Diagnostics;
using SiteGen.Sources;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Comparison;

public sealed class ComparisonDatasetParserTests
{
    private const string Path = "data/comparison.yaml";

    private static (ComparisonDataset? Dataset, List<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var diagnostics = new List<Diagnostic>();
        return (ComparisonDatasetParser.Parse(new SourceFile(Path, yaml), diagnostics), diagnostics);
    }

    private const string Valid = """
        frameworks:
          - id: flask
            name: Flask
          - id: django
            name: Django
        categories:
          - id: data
            title: Data
        dimensions:
          - id: orm
            category: data
            title: ORM
            values:
              flask:
                verdict: Via **SQLAlchemy**.
                note: Longer `note`.
              django:
                verdict: Built in.
            sources: [https://docs.djangoproject.com/en/5.2/topics/db/]
        """;

    [Fact]
    public void A_valid_dataset_parses_with_markdown_rendered_safely()
    {
        var (dataset, diagnostics) = Parse(Valid);

        Assert.Empty(diagnostics);
        var orm = dataset!.Dimensions.Single();
        Assert.Equal("Via <strong>SQLAlchemy</strong>.", Html(orm.Values["flask"].Verdict));
        Assert.Equal("Longer <code>note</code>.", Html(orm.Values["flask"].Note!));
        Assert.Null(orm.Values["django"].Note);
        Assert.Equal(["flask", "django"], dataset.Frameworks.Select(f => f.Id));
    }

    [Fact]
    public void Every_problem_is_reported_at_its_yaml_position_in_one_run()
    {
        var (_, diagnostics) = Parse("""
            frameworks:
              - id: flask
                name: Flask
                colour: red
              - id: django
                name: Django
              - id: flask
                name: Flask again
            categories:
              - id: data
                title: Data
            dimensions:
              - id: orm
                category: datta
                title: ORM
                values:
                  flask:
                    verdict: Uses <b onclick="x()">SQLAlchemy</b>.
                  fastapi:
                    verdict: SQLModel.
                sources: [http://insecure.example.org]
              - id: Bad_Id
                category: data
                title: Bad
                values: {}
              - id: admin
                category: data
                title: Admin
                values:
                  flask: {verdict: Flask-Admin}
                  django: {note: no verdict}
            """);

        DiagnosticAssert.Equal(diagnostics,
            ("SG1402", Path, 4, 5),
            ("SG1404", Path, 7, 9),
            ("SG1407", Path, 14, 15),
            ("SG1405", Path, 17, 7),
            ("SG1408", Path, 18, 23),
            ("SG1406", Path, 19, 7),
            ("SG1403", Path, 21, 15),
            ("SG1403", Path, 22, 9),
            ("SG1410", Path, 26, 9),
            ("SG1403", Path, 31, 15));
    }

    [Fact]
    public void A_yaml_syntax_error_is_one_diagnostic_at_its_position()
    {
        var (dataset, diagnostics) = Parse("frameworks:\n  - id: flask\n    name: [Flask\n");

        Assert.Null(dataset);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("SG1401", diagnostic.Id);
        Assert.Equal(4, diagnostic.Location.StartLine);
    }

    [Fact]
    public void Raw_html_in_text_is_rendered_as_text_never_as_markup()
    {
        var (dataset, diagnostics) = Parse(Valid.Replace("Via **SQLAlchemy**.", "<script>alert(1)</script>", StringComparison.Ordinal));

        Assert.Equal("SG1408", Assert.Single(diagnostics).Id);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;", Html(dataset!.Dimensions.Single().Values["flask"].Verdict));
    }

    private static string Html(DataText text) =>
        new DataTextRenderer(new PageRenderContext("", HighlightCache.InMemory(), null), new Dictionary<string, string>()).Render(text);
}

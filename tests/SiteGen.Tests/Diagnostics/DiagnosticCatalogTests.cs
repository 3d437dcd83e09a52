using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Diagnostics;

public sealed partial class DiagnosticCatalogTests
{
    [Fact]
    public void Every_id_is_unique_and_well_formed()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^SG[1-9][0-9]{3}$", id));
        Assert.All(DiagnosticDescriptors.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Help)));
    }

    [Fact]
    public void Docs_diagnostics_md_documents_exactly_the_catalog()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        var documented = DocHeading().Matches(doc).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());

        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id), documented.Keys.Order(StringComparer.Ordinal));
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            Assert.Equal(descriptor.Title, documented[descriptor.Id]);
        }
    }

    [Fact]
    public void Each_documented_diagnostic_has_an_example_and_a_fix()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"));
        var sections = Regex.Split(doc, "(?m)^## ").Where(s => s.StartsWith("SG", StringComparison.Ordinal)).ToArray();

        Assert.Equal(DiagnosticDescriptors.All.Count, sections.Length);

        Assert.All(sections, section =>
        {
            Assert.Contains("**Example**", section, StringComparison.Ordinal);
            Assert.Contains("**Fix**", section, StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"(?m)^## (SG\d{4}): (.+)$")]
    private static partial Regex DocHeading();
}

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;

namespace SiteGen.BrowserTests;

/// <summary>axe-core in Chromium on every page type of the built guide, in both colour schemes.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class AccessibilityTests(GuideSiteFixture site)
{
    public static TheoryData<int, string> PagesAndSchemes()
    {
        var data = new TheoryData<int, string>();
        foreach (var page in new[] { 0, 1, 2, 3, 4, 6 })
        {
            foreach (var scheme in new[] { "light", "dark" }) data.Add(page, scheme);
        }
        // The print page holds every chapter (axe takes a minute over it), in the chapters' colours, which the
        // chapter page checks in both schemes: once is enough.
        data.Add(5, "light");
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(PagesAndSchemes))]
    public async Task Every_page_type_has_no_axe_violations(int pageKind, string scheme)
    {
        var page = await site.NewPageAsync(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(site.Url(site.PageOfEachKind[pageKind]));

        var results = await page.RunAxe();

        Assert.True(results.Violations.Length == 0, Describe(results.Violations));
    }

    [SkippableFact]
    public async Task The_dark_theme_chosen_with_the_toggle_has_no_axe_violations()
    {
        var page = await site.NewPageAsync(ColorScheme.Light);
        await page.GotoAsync(site.Url(site.PageOfEachKind[1]));
        await page.ClickAsync(".theme-toggle");
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));

        var results = await page.RunAxe();

        Assert.True(results.Violations.Length == 0, Describe(results.Violations));
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join("\n", violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} -> {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
}

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;

namespace SiteGen.BrowserTests;

/// <summary>axe-core in Chromium on every page type of the built guide, at a phone's and a laptop's width, in both colour schemes.</summary>
[Collection(GuideSiteCollection.Name)]
public sealed class AccessibilityTests(GuideSiteFixture site)
{
    [SkippableTheory]
    [InlineData(390, "light")]
    [InlineData(390, "dark")]
    [InlineData(1366, "light")]
    [InlineData(1366, "dark")]
    public async Task Every_page_type_has_no_axe_violations_on_a_phone_and_a_laptop_in_both_schemes(int width, string scheme)
    {
        var page = await site.NewPageAsync(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light, width, height: width < 800 ? 844 : 900);
        // Only colours differ between the schemes, so the dark runs check the rules about colour; the light runs check every rule.
        var options = scheme == "dark" ? ColourRules : null;
        var problems = new List<string>();
        foreach (var path in site.PageOfEachKind)
        {
            // The print page is every chapter again in the chapters' markup and colours, which the chapter page
            // checks in all four modes; axe takes about a minute over it, so it is checked once, wide and light.
            if (path == "print/" && (width, scheme) != (1366, "light")) continue;
            await page.GotoAsync(site.Url(path));
            var results = await page.RunAxe(options);
            if (results.Violations.Length > 0) problems.Add($"/{path}:\n{Describe(results.Violations)}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
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

    private static readonly AxeRunOptions ColourRules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast", "link-in-text-block"] },
    };

    private static string Describe(AxeResultItem[] violations) =>
        string.Join("\n", violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} -> {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
}

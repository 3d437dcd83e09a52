using SiteGen.Emit;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Binding;

public sealed class NestedChapterTests
{
    private static TestGuide NestedGuide()
    {
        var guide = new TestGuide();
        guide.Write("guide.yml", "title: T\nparts:\n  - title: P\n    chapters: [intro.md, flask/routing.md, django/views.md]\n");
        guide.Write("chapters/intro.md", TestGuide.Chapter("Intro", "Read [routing](flask/routing.md#routes).\n"));
        guide.Write("chapters/flask/routing.md", TestGuide.Chapter("Routing", "## Routes\n\nCompare [views](../django/views.md#views) and go [home](../intro.md).\n"));
        guide.Write("chapters/django/views.md", TestGuide.Chapter("Views", "## Views\n\nBack to [routes](../flask/routing.md#routes).\n"));
        return guide;
    }

    [Fact]
    public void Chapters_in_folders_get_urls_from_their_path_and_link_across_folders_by_relative_path()
    {
        using var guide = NestedGuide();
        using var site = new BuiltSite(guide.Root);

        Assert.True(site.Result.Success, string.Join("\n", site.Result.Diagnostics));
        Assert.Equal(["../../django/views/#views", "../../intro/"], BodyLinks(site, "flask/routing/index.html"));
        Assert.Equal(["../flask/routing/#routes"], BodyLinks(site, "intro/index.html"));
        Assert.Equal(["../../flask/routing/#routes"], BodyLinks(site, "django/views/index.html"));
    }

    private static string[] BodyLinks(BuiltSite site, string page) =>
        site.Page(page).QuerySelectorAll(".chapter-body a[href]:not(.heading-anchor)").Select(a => a.GetAttribute("href")!).ToArray();

    [Fact]
    public void A_link_to_a_missing_anchor_across_folders_is_reported_at_its_position()
    {
        using var guide = NestedGuide();
        guide.Write("chapters/django/views.md", TestGuide.Chapter("Views", "## Views\n\nBack to [routes](../flask/routing.md#nope).\n"));

        DiagnosticAssert.Equal(guide.Compile().Diagnostics, ("SG1202", "chapters/django/views.md", 7, 9));
    }

    [Fact]
    public void Unknown_front_matter_keys_are_a_warning_so_a_migrated_guide_builds()
    {
        using var guide = TestGuide.With(("a.md", "---\ntitle: A\nweight: 3\ndraft: false\n---\n\nText.\n"));

        var compilation = guide.Compile();
        Assert.False(compilation.HasErrors);
        Assert.Equal(["SG1103", "SG1103"], compilation.Diagnostics.Select(d => d.Id));
        Assert.All(compilation.Diagnostics, d => Assert.False(d.IsError));
    }
}

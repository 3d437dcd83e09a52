using System.Text.Json;
using SiteGen.Study;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Study;

/// <summary>
/// What the study scripts find in the built pages: progress lines in their final shape, the deck choices,
/// and question ids only where the page needs them (a chapter its own, the home page through one generated file).
/// </summary>
public sealed class StudyPagesTests(StudyPagesTests.QuestionsSite site) : IClassFixture<StudyPagesTests.QuestionsSite>
{
    public sealed class QuestionsSite : IDisposable
    {
        public BuiltSite Site { get; } = new(RepositoryPaths.Fixture("questions"));

        public void Dispose() => Site.Dispose();
    }

    private BuiltSite Site => site.Site;

    [Fact]
    public void The_study_data_file_lists_every_question_id_by_part_and_chapter_in_reading_order()
    {
        Assert.True(Site.Result.Success, string.Join("\n", Site.Result.Diagnostics));
        var text = Site.Text(StudyDataWriter.SitePath);
        const string prefix = "window." + StudyDataWriter.GlobalName + " = ";

        Assert.StartsWith(prefix, text, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(text[prefix.Length..].TrimEnd().TrimEnd(';'));
        var part = Assert.Single(data.RootElement.GetProperty("parts").EnumerateArray());
        Assert.Equal(0, part.GetProperty("index").GetInt32());
        Assert.Equal(
            ["flask/: flask-app-context flask-route", "django/: django-view both-frameworks"],
            part.GetProperty("chapters").EnumerateArray().Select(c =>
                c.GetProperty("path").GetString() + ": " + string.Join(" ", c.GetProperty("questions").EnumerateArray().Select(q => q.GetString()))));
    }

    [Fact]
    public void The_home_page_loads_the_study_data_by_a_versioned_url_and_inlines_no_question_id()
    {
        var home = Site.Page("index.html");
        var html = Site.Text("index.html");

        var script = Assert.Single(home.QuerySelectorAll("script[src^='study/questions.js']"));
        Assert.Matches("^study/questions\\.js\\?v=[0-9a-f]{8}$", script.GetAttribute("src"));
        Assert.DoesNotContain("flask-app-context", html, StringComparison.Ordinal);
        Assert.Equal(["all", "part:0"], home.QuerySelectorAll("[data-study-scope]").Select(p => p.GetAttribute("data-study-scope")));
        Assert.Equal(["reading", "practice"], home.QuerySelectorAll(".study-continue").Select(p => p.GetAttribute("data-continue")));
        Assert.Empty(Site.Page("flask/index.html").QuerySelectorAll("script[src^='../study/']"));
    }

    [Fact]
    public void Progress_lines_start_as_a_reader_without_progress_sees_them()
    {
        var line = Site.Page("index.html").QuerySelector("[data-study-scope=all]")!;

        Assert.Equal("4 questions: 0 mastered · 0 learning · 0 due · 4 new", line.TextContent);
        Assert.Equal(("4", "0"), (line.QuerySelector("progress")!.GetAttribute("max"), line.QuerySelector("progress")!.GetAttribute("value")));
    }

    [Fact]
    public void A_chapter_carries_its_own_progress_line_and_a_link_to_practise_its_deck()
    {
        var chapter = Site.Page("flask/index.html");

        Assert.Equal("2 questions: 0 mastered · 0 learning · 0 due · 2 new", chapter.QuerySelector(".chapter-header [data-study-scope=chapter]")!.TextContent);
        Assert.Equal("../questions/#deck?chapter=chapter:flask", chapter.QuerySelector(".study-practice-link")!.GetAttribute("href"));
    }

    [Fact]
    public void The_bank_offers_decks_by_part_and_chapter_and_by_progress()
    {
        var bank = Site.Page("questions/index.html");

        Assert.Equal(["", "part:0", "chapter:flask", "chapter:django"], bank.QuerySelectorAll("#deck-chapter option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["All chapters (4)", "All of Chapters (4)", "Flask basics (2)", "Django basics (2)"], bank.QuerySelectorAll("#deck-chapter option").Select(o => o.TextContent));
        Assert.Equal(["", "due", "review", "unseen"], bank.QuerySelectorAll("input[name=status]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["0", "0"], bank.QuerySelectorAll(".question-group").Select(g => g.GetAttribute("data-part")));
    }
}

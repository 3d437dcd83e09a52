using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Questions;

public sealed class QuestionEndToEndTests(QuestionEndToEndTests.QuestionsSite site) : IClassFixture<QuestionEndToEndTests.QuestionsSite>
{
    public sealed class QuestionsSite : IDisposable
    {
        public BuiltSite Site { get; } = new(RepositoryPaths.Fixture("questions"));

        public void Dispose() => Site.Dispose();
    }

    private BuiltSite Site => site.Site;

    [Fact]
    public void A_question_renders_where_it_is_taught_with_its_answer_in_a_details_element()
    {
        Assert.True(Site.Result.Success, string.Join("\n", Site.Result.Diagnostics));
        var question = Site.Page("flask/index.html").QuerySelector(".question#flask-app-context")!;

        Assert.Equal(("mid", "flask"), (question.GetAttribute("data-difficulty"), question.GetAttribute("data-framework")));
        Assert.Equal(["Mid", "Flask"], question.QuerySelectorAll(".question-meta .badge").Select(b => b.TextContent));
        Assert.StartsWith("What is the application context", question.QuerySelector(".question-text")!.TextContent.Trim(), StringComparison.Ordinal);
        var answer = question.QuerySelector("details.question-answer")!;
        Assert.False(answer.HasAttribute("open"));
        Assert.Equal("Show answer", answer.QuerySelector("summary")!.TextContent);
        Assert.NotNull(answer.QuerySelector("pre code.language-python span.hl-k"));
        Assert.Equal("../django/#views", answer.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("#flask-app-context", question.QuerySelector("a.question-anchor")!.GetAttribute("href"));
    }

    [Fact]
    public void The_bank_lists_every_question_grouped_by_chapter_with_links_back()
    {
        var page = Site.Page("questions/index.html");

        Assert.Equal(["Flask basics", "Django basics"], page.QuerySelectorAll(".question-group h2").Select(h => h.TextContent.TrimEnd('#')));
        Assert.Equal(["flask-app-context", "flask-route", "django-view", "both-frameworks"], page.QuerySelectorAll(".question-list .question").Select(q => q.Id));
        var source = page.QuerySelector(".question#flask-app-context a.question-source")!;
        Assert.Equal("../flask/#flask-app-context", source.GetAttribute("href"));
        Assert.Equal("In Flask basics › Contexts", source.TextContent);
        Assert.Equal("../django/#views", page.QuerySelector(".question#flask-app-context .question-answer a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_bank_shows_counts_per_filter_without_script()
    {
        var page = Site.Page("questions/index.html");

        Assert.Equal("4 questions: 2 junior, 1 mid, 1 senior; 2 Flask, 1 Django, 1 on both.",
            string.Join(" ", page.QuerySelector(".question-totals")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        var labels = page.QuerySelectorAll("input[name=difficulty], input[name=framework]").Select(i => i.ParentElement!).Select(l => string.Join(" ", l.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToArray();
        Assert.Equal(["All (4)", "Junior (2)", "Mid (1)", "Senior (1)", "All (4)", "Flask (2)", "Django (1)", "Both (1)"], labels);
    }

    [Fact]
    public void The_bank_is_in_the_navigation_next_to_the_comparison()
    {
        var nav = Site.Page("flask/index.html").QuerySelectorAll("#site-nav a").Select(a => a.GetAttribute("href"));

        Assert.Contains("../questions/", nav);
    }
}

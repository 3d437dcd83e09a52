namespace SiteGen.Emit.ViewModels;

/// <summary>Everything a layout needs to render one page. Hrefs are relative to the page itself.</summary>
public sealed record PageViewModel
{
    public required SiteViewModel Site { get; init; }

    /// <summary>index, chapter or notfound.</summary>
    public required string Kind { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The page body as rendered by Markdig and SiteGen's extensions; safe by construction.</summary>
    public string ContentHtml { get; init; } = string.Empty;

    public string? PartTitle { get; init; }

    /// <summary>The navigation this page carries: bounded, whatever the size of the site (see NavigationWindow).</summary>
    public IReadOnlyList<NavPartViewModel> Navigation { get; init; } = [];

    /// <summary>On the home page only: every part with every chapter.</summary>
    public IReadOnlyList<NavPartViewModel> Contents { get; init; } = [];

    public IReadOnlyList<TocItemViewModel> Toc { get; init; } = [];

    public LinkViewModel? Previous { get; init; }

    public LinkViewModel? Next { get; init; }

    /// <summary>Prefix from this page to the site root: "", "../", or the base path on the 404 page.</summary>
    public required string RootPrefix { get; init; }

    /// <summary>Absolute URL of this page when the site has a URL, for the canonical link.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>Content hashes of theme assets by output path, to bust caches when they change.</summary>
    public IReadOnlyDictionary<string, string> AssetVersions { get; init; } = new Dictionary<string, string>();

    /// <summary>Where this chapter's source can be edited, when guide.yml sets edit_url.</summary>
    public string? EditUrl { get; init; }

    /// <summary>On a chapter: its reading time in minutes (see SiteGen.Reading.ReadingTime).</summary>
    public int? ReadingMinutes { get; init; }
    /// <summary>On the home page and chapters: the whole-guide print page (at the chapter's place); null when there is none.</summary>
    public string? PrintHref { get; init; }

    /// <summary>On the question bank: the counts shown next to each filter.</summary>
    public QuestionCountsViewModel? QuestionCounts { get; init; }

    /// <summary>On the home page and the question bank: the study decks of every part with questions.</summary>
    public IReadOnlyList<StudyPartViewModel> StudyParts { get; init; } = [];

    /// <summary>On a chapter: how many interview questions it asks.</summary>
    public int ChapterQuestionCount { get; init; }

    /// <summary>On a chapter with questions: the question bank, opened on a practice deck of this chapter's questions.</summary>
    public string? PracticeHref { get; init; }

    /// <summary>On the home page: the generated file of question ids by part and chapter (StudyDataWriter).</summary>
    public string? StudyDataHref { get; init; }

    public string DocumentTitle => Kind == "index" ? Site.Title : $"{Title} · {Site.Title}";

    public string HomeHref => Href(string.Empty);

    /// <summary>The href of a site path from this page ("" is the home page).</summary>
    public string Href(string sitePath)
    {
        var href = RootPrefix + sitePath;
        return href.Length == 0 ? "./" : href;
    }

    /// <summary>The href of a theme asset (path under theme/assets/), with a version query.</summary>
    public string Asset(string path)
    {
        var sitePath = "static/" + path;
        return AssetVersions.TryGetValue(sitePath, out var version) ? $"{Href(sitePath)}?v={version}" : Href(sitePath);
    }
}

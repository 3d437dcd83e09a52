using SiteGen.Binding;

namespace SiteGen.Study;

/// <summary>
/// The guide's questions as study decks: every part of the navigation that has chapters with questions, in
/// reading order, and each chapter's question ids. Parts keep their index in the navigation (the home page's
/// part-N anchors), so that a part's deck is named the same way on every page and in the study data file.
/// </summary>
public sealed record StudyOutline(IReadOnlyList<StudyPart> Parts)
{
    public int QuestionCount => Parts.Sum(p => p.QuestionCount);

    public static StudyOutline Of(SiteModel model)
    {
        var idsByChapter = model.Questions.GroupBy(q => SitePath.ForChapter(q.ChapterSlug), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(q => q.Id).ToArray(), StringComparer.Ordinal);
        var parts = new List<StudyPart>();
        for (var index = 0; index < model.Navigation.Count; index++)
        {
            var part = model.Navigation[index];
            var chapters = part.Entries
                .Where(e => idsByChapter.ContainsKey(e.SitePath))
                .Select(e => new StudyChapter(e.SitePath.TrimEnd('/'), e.Title, e.SitePath, idsByChapter[e.SitePath]))
                .ToArray();
            if (chapters.Length > 0) parts.Add(new StudyPart(index, part.Title, chapters));
        }
        return new StudyOutline(parts);
    }

    /// <summary>The navigation index of the part a chapter belongs to, by the chapter's site path.</summary>
    public IReadOnlyDictionary<string, int> PartIndexByChapter() =>
        Parts.SelectMany(p => p.Chapters.Select(c => (c.SitePath, p.Index))).ToDictionary(x => x.SitePath, x => x.Index, StringComparer.Ordinal);
}

/// <param name="Index">The part's index in the navigation (0-based).</param>
public sealed record StudyPart(int Index, string Title, IReadOnlyList<StudyChapter> Chapters)
{
    public int QuestionCount => Chapters.Sum(c => c.QuestionIds.Count);
}

public sealed record StudyChapter(string Slug, string Title, string SitePath, IReadOnlyList<string> QuestionIds);

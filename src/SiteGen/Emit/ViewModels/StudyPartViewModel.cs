using SiteGen.Study;

namespace SiteGen.Emit.ViewModels;

/// <summary>A part's study deck as pages show it: its navigation index, title and question counts.</summary>
public sealed record StudyPartViewModel(int Index, string Title, int QuestionCount, IReadOnlyList<StudyChapterViewModel> Chapters)
{
    public static IReadOnlyList<StudyPartViewModel> Of(StudyOutline outline) =>
        outline.Parts.Select(p => new StudyPartViewModel(p.Index, p.Title, p.QuestionCount,
            p.Chapters.Select(c => new StudyChapterViewModel(c.Slug, c.Title, c.QuestionIds.Count)).ToArray())).ToArray();
}

/// <summary>A chapter's study deck: its slug (the deck's name), title and number of questions.</summary>
public sealed record StudyChapterViewModel(string Slug, string Title, int QuestionCount);

using System.Text.Json;
using SiteGen.Binding;
using SiteGen.Sources;

namespace SiteGen.Study;

/// <summary>
/// Writes the one file that knows every question id by part and chapter, for the home page's progress. It is a
/// script that assigns a global (loadable from file://, where fetch is refused), loaded only by the pages that
/// need it, so that no page carries data that grows with the whole guide.
/// </summary>
public static class StudyDataWriter
{
    public const string SitePath = "study/questions.js";

    public const string GlobalName = "SiteGenStudyData";

    public static string Write(SiteModel model)
    {
        var outline = StudyOutline.Of(model);
        var data = new
        {
            parts = outline.Parts.Select(p => new
            {
                index = p.Index,
                chapters = p.Chapters.Select(c => new { path = c.SitePath, questions = c.QuestionIds }),
            }),
        };
        return $"window.{GlobalName} = {JsonSerializer.Serialize(data)};\n";
    }

    /// <summary>The file's version for its URL, so that browsers never use a stale copy.</summary>
    public static string Version(string content) => ContentHasher.Hash(content)[..8];
}

using System.Globalization;
using System.Net;

namespace SiteGen.Study;

/// <summary>
/// The progress line of a deck (the whole guide, a part, a chapter) as the server writes it: the counts of a
/// reader with no progress yet, in spans the study scripts fill with the reader's own numbers. The line has
/// its final shape before any script runs, so filling it in never moves the page.
/// </summary>
public static class StudyProgressMarkup
{
    /// <param name="scope">"all", "part:N" (navigation index) or "chapter" (the questions on the page).</param>
    public static string Counts(string scope, int total)
    {
        var count = total.ToString(CultureInfo.InvariantCulture);
        var noun = total == 1 ? "question" : "questions";
        return $"<p class=\"study-progress\" data-study-scope=\"{WebUtility.HtmlEncode(scope)}\">" +
            $"<span class=\"study-progress-text\"><span data-count=\"total\">{count}</span> {noun}: " +
            "<span data-count=\"mastered\">0</span> mastered · <span data-count=\"learning\">0</span> learning · " +
            $"<span data-count=\"due\">0</span> due · <span data-count=\"new\">{count}</span> new</span>" +
            $"<progress class=\"study-progress-bar\" max=\"{count}\" value=\"0\" aria-hidden=\"true\"></progress></p>";
    }
}

using Markdig.Extensions.CustomContainers;
using SiteGen.Diagnostics;

namespace SiteGen.Questions;

/// <summary>
/// A `::: question` block as parsed: its attributes, its answer's plain text and code (for search), and where its
/// answer starts among the container's children (the question before the first `***`, the answer after it).
/// </summary>
/// <param name="Framework">flask, django or both.</param>
/// <param name="AnswerStart">Index of the first answer block among the container's children.</param>
/// <param name="Section">The id and text of the heading the question sits under, if any.</param>
public sealed record QuestionSyntax(
    string Id,
    Difficulty Difficulty,
    string Framework,
    string QuestionText,
    string AnswerText,
    string AnswerCode,
    int AnswerStart,
    (string Id, string Text)? Section,
    Location Location);

using Markdig.Extensions.CustomContainers;
using SiteGen.Diagnostics;

namespace SiteGen.Questions;

/// <summary>
/// A `::: question` block as parsed: its attributes, and the container whose children before the
/// first `***` are the question and after it the answer.
/// </summary>
/// <param name="Framework">flask, django or both.</param>
/// <param name="AnswerStart">Index of the first answer block among the container's children.</param>
/// <param name="Section">The id and text of the heading the question sits under, if any.</param>
public sealed record QuestionSyntax(
    string Id,
    Difficulty Difficulty,
    string Framework,
    string QuestionText,
    CustomContainer Container,
    int AnswerStart,
    (string Id, string Text)? Section,
    Location Location);

using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Syntax;
using SiteGen.Syntax.Markdown;

namespace SiteGen.Questions;

/// <summary>
/// Finds the `::: question {#id difficulty=... framework=...}` blocks of a chapter and checks each one.
/// Attributes are parsed here, not by Markdig's generic attributes, so that no other markdown can
/// carry arbitrary HTML attributes.
/// </summary>
public static partial class QuestionParser
{
    public const string ContainerName = "question";

    public static readonly IReadOnlyList<string> Frameworks = ["flask", "django", "both"];

    public static IReadOnlyList<QuestionSyntax> Parse(MarkdownDocument document, string path, List<Diagnostic> diagnostics)
    {
        var questions = new List<QuestionSyntax>();
        (string Id, string Text)? section = null;
        foreach (var block in document.Descendants())
        {
            if (block is HeadingBlock heading && heading.Level >= 2 && heading.GetAttributes().Id is { } headingId)
            {
                section = (headingId, InlineText.Of(heading.Inline));
            }
            if (block is not CustomContainer container) continue;
            var location = Location.At(path, container.Line + 1, container.Column + 1);
            if (!string.Equals(container.Info, ContainerName, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ContainerUnknown, location, container.Info ?? string.Empty));
                continue;
            }
            if (ParseOne(container, section, location, diagnostics) is { } question) questions.Add(question);
        }
        return questions;
    }

    private static QuestionSyntax? ParseOne(CustomContainer container, (string, string)? section, Location location, List<Diagnostic> diagnostics)
    {
        var attributes = ParseAttributes(container.Arguments ?? string.Empty, location, diagnostics);
        attributes.TryGetValue("#", out var id);
        if (string.IsNullOrEmpty(id))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.QuestionIdMissing, location));
        }
        else if (!IdPattern().IsMatch(id))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.QuestionAttributeInvalid, location,
                $"The question id '{id}' must be lowercase letters, digits and hyphens"));
            id = null;
        }
        attributes.TryGetValue("difficulty", out var difficultyText);
        Difficulty? difficulty = difficultyText switch
        {
            "junior" => Difficulty.Junior,
            "mid" => Difficulty.Mid,
            "senior" => Difficulty.Senior,
            _ => null,
        };
        if (difficulty is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.QuestionDifficultyInvalid, location, difficultyText ?? "(none)"));
        }
        attributes.TryGetValue("framework", out var framework);
        if (framework is null || !Frameworks.Contains(framework))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.QuestionFrameworkInvalid, location, framework ?? "(none)"));
        }

        var split = container.TakeWhile(b => b is not ThematicBreakBlock).Count();
        var name = id ?? "(no id)";
        if (split == 0)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.QuestionEmpty, location, name));
        }
        if (split >= container.Count - 1)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.QuestionWithoutAnswer, location, name));
        }
        if (id is null || split == 0 || split >= container.Count - 1 || framework is null || !Frameworks.Contains(framework) || difficulty is null)
        {
            return null;
        }
        var text = string.Join(" ", container.Take(split).OfType<LeafBlock>().Select(b => InlineText.Of(b.Inline)).Where(t => t.Length > 0));
        var (answer, answerCode) = SectionTextExtractor.TextOf(container, split + 1);
        return new QuestionSyntax(id, difficulty.Value, framework, text, answer, answerCode, split + 1, section, location);
    }

    /// <summary>The attributes of a valid question block, for rendering (the build has already reported invalid ones).</summary>
    public static (string Id, string Difficulty, string Framework, int AnswerStart)? Parse(CustomContainer container)
    {
        if (!string.Equals(container.Info, ContainerName, StringComparison.Ordinal)) return null;
        var attributes = ParseAttributes(container.Arguments ?? string.Empty, Location.None, diagnostics: null);
        var split = container.TakeWhile(b => b is not ThematicBreakBlock).Count();
        return attributes.TryGetValue("#", out var id) && attributes.TryGetValue("difficulty", out var difficulty) &&
            attributes.TryGetValue("framework", out var framework) && split > 0 && split < container.Count - 1
            ? (id, difficulty, framework, split + 1)
            : null;
    }

    /// <summary>Reads "{#id key=value key2=value2}" into a dictionary ("#" holds the id).</summary>
    private static Dictionary<string, string> ParseAttributes(string arguments, Location location, List<Diagnostic>? diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var text = arguments.Trim();
        if (text.Length == 0) return result;
        if (!text.StartsWith('{') || !text.EndsWith('}'))
        {
            diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.QuestionAttributeInvalid, location,
                $"Question attributes must be written in braces: {{#id difficulty=... framework=...}}, not '{text}'"));
            return result;
        }
        foreach (var token in text[1..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith('#'))
            {
                result["#"] = token[1..];
                continue;
            }
            var equals = token.IndexOf('=');
            var key = equals < 0 ? token : token[..equals];
            if (equals < 0 || key is not ("difficulty" or "framework"))
            {
                diagnostics?.Add(Diagnostic.Create(DiagnosticDescriptors.QuestionAttributeInvalid, location,
                    $"Unknown question attribute '{token}'; expected #id, difficulty=... and framework=..."));
                continue;
            }
            result[key] = token[(equals + 1)..].Trim('"');
        }
        return result;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}

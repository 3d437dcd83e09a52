using System.Collections.Frozen;

namespace SiteGen.Syntax.Highlighting;

/// <summary>The name a reader sees above a code block: "Python", "Shell", "HTML template"; the fence's own word otherwise.</summary>
public static class LanguageLabels
{
    /// <summary>What a block without a language is labelled.</summary>
    public const string PlainText = "Text";

    private static readonly FrozenDictionary<string, string> LabelById = new Dictionary<string, string>
    {
        [LanguageIds.Python] = "Python",
        [LanguageIds.PythonConsole] = "Python console",
        // ```html blocks get template tags highlighted too (Flask and Django templates are fenced as html).
        [LanguageIds.Html] = "HTML",
        [LanguageIds.Django] = "Template",
        [LanguageIds.Xml] = "XML",
        [LanguageIds.Bash] = "Shell",
        [LanguageIds.Console] = "Console",
        [LanguageIds.Json] = "JSON",
        [LanguageIds.Yaml] = "YAML",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <param name="language">The fence's info string as written (```py), or null.</param>
    public static string For(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return PlainText;
        if (LanguageAliases.Normalize(language) is { } id && LabelById.TryGetValue(id, out var label)) return label;
        var word = language.Trim();
        return word.Equals("text", StringComparison.OrdinalIgnoreCase) || word.Equals("plaintext", StringComparison.OrdinalIgnoreCase)
            ? PlainText
            : word;
    }
}

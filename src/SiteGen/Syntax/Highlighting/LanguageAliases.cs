using System.Collections.Frozen;

namespace SiteGen.Syntax.Highlighting;

/// <summary>Maps the names authors write after ``` onto a canonical language id.</summary>
internal static class LanguageAliases
{
    private static readonly FrozenDictionary<string, string> CanonicalByAlias = new Dictionary<string, string>
    {
        ["python"] = LanguageIds.Python,
        ["py"] = LanguageIds.Python,
        ["python3"] = LanguageIds.Python,
        ["py3"] = LanguageIds.Python,
        ["pycon"] = LanguageIds.PythonConsole,
        ["html"] = LanguageIds.Html,
        ["htm"] = LanguageIds.Html,
        ["xhtml"] = LanguageIds.Html,
        ["django"] = LanguageIds.Django,
        ["htmldjango"] = LanguageIds.Django,
        ["html+django"] = LanguageIds.Django,
        ["jinja"] = LanguageIds.Django,
        ["jinja2"] = LanguageIds.Django,
        ["html+jinja"] = LanguageIds.Django,
        ["xml"] = LanguageIds.Xml,
        ["bash"] = LanguageIds.Bash,
        ["sh"] = LanguageIds.Bash,
        ["shell"] = LanguageIds.Bash,
        ["zsh"] = LanguageIds.Bash,
        ["console"] = LanguageIds.Console,
        ["shell-session"] = LanguageIds.Console,
        ["json"] = LanguageIds.Json,
        ["yaml"] = LanguageIds.Yaml,
        ["yml"] = LanguageIds.Yaml,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        // A fence info string may carry attributes after the name ("python {linenos=true}").
        var name = language.AsSpan().Trim();
        var end = name.IndexOfAny(" \t{,");
        if (end >= 0)
        {
            name = name[..end];
        }

        return CanonicalByAlias.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var canonical)
            ? canonical
            : null;
    }
}

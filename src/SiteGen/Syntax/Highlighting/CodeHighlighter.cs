using System.Collections.Frozen;

namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// Highlights fenced code blocks at build time: code in, the inner HTML of &lt;code&gt; out, with
/// <c>hl-*</c> CSS classes (see theme/assets/css/highlight.css). Safe to call from many threads at once.
/// </summary>
public sealed class CodeHighlighter
{
    private readonly FrozenDictionary<string, ILanguageClassifier> _classifierByLanguage;

    internal CodeHighlighter()
    {
        var grammars = new GrammarFactory();
        var python = new GrammarPool(grammars, "source.python");
        var shell = new GrammarPool(grammars, "source.shell");
        var html = new TemplateHtmlClassifier(new GrammarPool(grammars, "text.html.basic"));
        _classifierByLanguage = new Dictionary<string, ILanguageClassifier>
        {
            [LanguageIds.Python] = new GrammarClassifier(python),
            [LanguageIds.PythonConsole] = new SessionTranscriptClassifier(python, new PythonSessionPrompt()),
            // Flask and Django templates are usually fenced as ```html, so plain HTML gets template tags too.
            [LanguageIds.Html] = html,
            [LanguageIds.Django] = html,
            [LanguageIds.Xml] = new GrammarClassifier(new GrammarPool(grammars, "text.xml")),
            [LanguageIds.Bash] = new GrammarClassifier(shell),
            [LanguageIds.Console] = new SessionTranscriptClassifier(shell, new ShellSessionPrompt()),
            [LanguageIds.Json] = new GrammarClassifier(new GrammarPool(grammars, "source.json")),
            [LanguageIds.Yaml] = new GrammarClassifier(new GrammarPool(grammars, "source.yaml")),
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The process-wide highlighter; each grammar is loaded the first time a block needs it.</summary>
    public static CodeHighlighter Shared { get; } = new();

    /// <summary>Returns false for an unknown or empty language name.</summary>
    /// <remarks>On true, <paramref name="html"/> is the escaped inner HTML of the &lt;code&gt; element.</remarks>
    public bool TryHighlight(string? language, string code, out string html)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (NormalizeLanguage(language) is not { } id || !_classifierByLanguage.TryGetValue(id, out var classifier))
        {
            html = string.Empty;
            return false;
        }

        var kinds = new TokenKind[code.Length];
        classifier.Classify(code, kinds);
        html = HighlightHtmlWriter.Write(code, kinds);
        return true;
    }

    /// <summary>The canonical language id for a fence info string (e.g. "py" -> "python", "htmldjango" -> "django"), or null.</summary>
    public static string? NormalizeLanguage(string? language) => LanguageAliases.Normalize(language);
}

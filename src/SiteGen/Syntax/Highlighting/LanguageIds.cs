namespace SiteGen.Syntax.Highlighting;

/// <summary>The canonical language ids <see cref="CodeHighlighter.NormalizeLanguage"/> returns.</summary>
internal static class LanguageIds
{
    public const string Python = "python";
    public const string PythonConsole = "pycon";
    public const string Html = "html";
    public const string Django = "django";
    public const string Xml = "xml";
    public const string Bash = "bash";
    public const string Console = "console";
    public const string Json = "json";
    public const string Yaml = "yaml";
}

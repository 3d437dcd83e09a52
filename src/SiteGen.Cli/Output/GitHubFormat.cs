using SiteGen.Diagnostics;

namespace SiteGen.Cli.Output;

/// <summary>GitHub Actions workflow commands, which annotate the exact lines of a pull request.</summary>
public static class GitHubFormat
{
    public static string Format(Diagnostic diagnostic, string path)
    {
        var command = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
        var properties = new List<string>();
        if (path.Length > 0)
        {
            properties.Add($"file={Escape(path, property: true)}");
            if (diagnostic.Location.StartLine > 0)
            {
                properties.Add($"line={diagnostic.Location.StartLine}");
                properties.Add($"col={diagnostic.Location.StartColumn}");
                if (diagnostic.Location.EndLine > 0) properties.Add($"endLine={diagnostic.Location.EndLine}");
                if (diagnostic.Location.EndLine == diagnostic.Location.StartLine && diagnostic.Location.EndColumn > 0)
                {
                    properties.Add($"endColumn={diagnostic.Location.EndColumn}");
                }
            }
        }
        properties.Add($"title={Escape(diagnostic.Id, property: true)}");
        return $"::{command} {string.Join(',', properties)}::{Escape(diagnostic.Message, property: false)}";
    }

    /// <summary>The escaping GitHub's toolkit applies to workflow command data and properties.</summary>
    private static string Escape(string value, bool property)
    {
        var escaped = value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}

using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Sources;
using SiteGen.Syntax.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Examples;

/// <summary>
/// Reads the `tests:` mapping of guide.yml into <see cref="TestGroup"/>s, reporting each problem at its position
/// (SG1003 for an unknown key, SG1004 for a wrong value, as for the rest of guide.yml).
/// </summary>
public static class TestGroupsParser
{
    private static readonly string[] GroupKeys = ["language", "command", "env", "prelude", "prelude_file", "file", "timeout", "setup"];

    public static IReadOnlyDictionary<string, TestGroup> Parse(SourceFile projectFile, string guideRoot, List<Diagnostic> diagnostics)
    {
        var groups = new Dictionary<string, TestGroup>(StringComparer.Ordinal);
        // guide.yml's own parser has already reported any syntax error.
        var yaml = YamlText.Parse(projectFile.Text, projectFile.Path, 1, DiagnosticDescriptors.ProjectYamlSyntax, []);
        if (yaml.Root is not YamlMappingNode root || !root.Children.TryGetValue(new YamlScalarNode("tests"), out var tests)) return groups;
        if (tests is not YamlMappingNode mapping)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ProjectInvalidValue, yaml.LocationOf(tests), "'tests' must map group names to how their blocks run"));
            return groups;
        }
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (value is not YamlMappingNode group || name is "" or "skip")
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ProjectInvalidValue, yaml.LocationOf(key),
                    $"Test group '{name}' must be a mapping with at least 'language' and 'command', and cannot be named 'skip'"));
                continue;
            }
            if (ParseGroup(yaml, name, group, guideRoot, diagnostics) is { } parsed) groups[name] = parsed;
        }
        return groups;
    }

    private static TestGroup? ParseGroup(YamlText yaml, string name, YamlMappingNode mapping, string guideRoot, List<Diagnostic> diagnostics)
    {
        var reader = new YamlMappingReader(yaml, mapping, $"test group '{name}'", GroupKeys,
            DiagnosticDescriptors.ProjectUnknownKey, DiagnosticDescriptors.ProjectInvalidValue, diagnostics);
        var before = diagnostics.Count;
        var language = reader.String("language");
        if (string.IsNullOrWhiteSpace(language)) reader.Report(reader.NodeOrSelf("language"), $"Test group '{name}' needs a 'language', such as python");
        var command = reader.Strings("command");
        if (command.Count == 0) reader.Report(reader.NodeOrSelf("command"), $"Test group '{name}' needs a 'command', a list such as [python3, \"{{file}}\"]");
        var timeout = ParseTimeout(reader);
        var prelude = ParsePrelude(reader, guideRoot);
        var environment = ParseEnvironment(reader);
        if (diagnostics.Count > before) return null;
        return new TestGroup(name, language!, command, environment, prelude, reader.String("file") ?? DefaultFileName(language!),
            timeout, reader.String("setup"), reader.Location);
    }

    private static string DefaultFileName(string language) => language == "python" ? "example.py" : "example." + language;

    private static TimeSpan ParseTimeout(YamlMappingReader reader)
    {
        var text = reader.String("timeout");
        if (text is null) return TestGroup.DefaultTimeout;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0) return TimeSpan.FromSeconds(seconds);
        reader.Report(reader.Node("timeout")!, $"'timeout' is a whole number of seconds, such as 30, not '{text}'");
        return TestGroup.DefaultTimeout;
    }

    /// <summary>The inline prelude, or the file's text; the file must lie inside the guide.</summary>
    private static string ParsePrelude(YamlMappingReader reader, string guideRoot)
    {
        var inline = reader.String("prelude");
        var file = reader.String("prelude_file");
        if (inline is not null && file is not null)
        {
            reader.Report(reader.Node("prelude_file")!, "Give either 'prelude' or 'prelude_file', not both");
            return string.Empty;
        }
        if (file is null) return WithFinalNewline(inline ?? string.Empty);
        var root = Path.GetFullPath(guideRoot);
        var path = Path.GetFullPath(Path.Combine(root, file));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path))
        {
            reader.Report(reader.Node("prelude_file")!, $"'prelude_file' must name a file inside the guide folder, such as tests/prelude.py; '{file}' is not one");
            return string.Empty;
        }
        return WithFinalNewline(File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    private static string WithFinalNewline(string text) => text.Length == 0 || text.EndsWith('\n') ? text : text + "\n";

    private static Dictionary<string, string> ParseEnvironment(YamlMappingReader reader)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        switch (reader.Node("env"))
        {
            case null:
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { Length: > 0 } name } && value is YamlScalarNode { Value: { } text }) environment[name] = text;
                    else reader.Report(key, "Each entry of 'env' is NAME: value");
                }
                break;
            case var other:
                reader.Report(other, "'env' must map variable names to values");
                break;
        }
        return environment;
    }
}

using SiteGen.Diagnostics;
using SiteGen.Sources;
using SiteGen.Syntax.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Syntax;

/// <summary>Parses guide.yml into a <see cref="ProjectConfig"/>, reporting every problem it finds.</summary>
public static class ProjectConfigParser
{
    private static readonly string[] TopKeys = ["title", "description", "url", "base_path", "language", "parts", "diagnostics", "edit_url", "tests", "limits", "print_page"];
    private static readonly string[] PartKeys = ["title", "chapters"];

    public static ProjectConfig Parse(SourceFile file, List<Diagnostic> diagnostics)
    {
        var yaml = YamlText.Parse(file.Text, file.Path, 1, DiagnosticDescriptors.ProjectYamlSyntax, diagnostics);
        if (yaml.Root is not YamlMappingNode root)
        {
            if (!yaml.Failed)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ProjectInvalidValue, Location.At(file.Path, 1, 1),
                    "guide.yml must be a mapping with at least 'title' and 'parts'"));
            }
            return Empty;
        }

        var reader = new YamlMappingReader(yaml, root, "guide.yml", TopKeys,
            DiagnosticDescriptors.ProjectUnknownKey, DiagnosticDescriptors.ProjectInvalidValue, diagnostics);
        var title = reader.String("title");
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ProjectInvalidValue, reader.LocationOfKey("title"),
                "guide.yml must give the site a 'title'"));
        }

        var parts = ParseParts(yaml, reader, diagnostics);
        return new ProjectConfig(
            title ?? string.Empty,
            reader.String("description") ?? string.Empty,
            ParseSiteUrl(reader),
            ParseBasePath(reader),
            reader.String("language") ?? "en",
            parts) { SeverityOverrides = ParseSeverities(yaml, reader), EditUrl = ParseEditUrl(reader), MaxFileBytes = ParseMaxFileBytes(yaml, reader, diagnostics), PrintPage = ParsePrintPage(reader) };
    }

    /// <summary>`diagnostics: { SG1106: none, SG1007: error }`, like an .editorconfig for diagnostics.</summary>
    private static Dictionary<string, DiagnosticSeverity?> ParseSeverities(YamlText yaml, YamlMappingReader reader)
    {
        var overrides = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        switch (reader.Node("diagnostics"))
        {
            case null:
                break;
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var id = (key as YamlScalarNode)?.Value ?? string.Empty;
                    if (DiagnosticDescriptors.All.All(d => d.Id != id))
                    {
                        reader.Report(key, $"'{id}' is not a SiteGen diagnostic id (see docs/diagnostics.md)");
                        continue;
                    }
                    var text = (value as YamlScalarNode)?.Value;
                    if (TryParseSeverity(text, out var severity)) overrides[id] = severity;
                    else reader.Report(value, $"A diagnostic severity is error, warning, info or none, not '{text}'");
                }
                break;
            case var other:
                reader.Report(other, "'diagnostics' must map diagnostic ids to error, warning, info or none");
                break;
        }
        return overrides;
    }

    /// <summary>Reads error, warning, info or none (null: the diagnostic is not reported).</summary>
    private static bool TryParseSeverity(string? text, out DiagnosticSeverity? severity)
    {
        (var known, severity) = text switch
        {
            "error" => (true, DiagnosticSeverity.Error),
            "warning" => (true, DiagnosticSeverity.Warning),
            "info" => (true, DiagnosticSeverity.Info),
            "none" => (true, (DiagnosticSeverity?)null),
            _ => (false, null),
        };
        return known;
    }

    /// <summary>`limits: { max_file_bytes: 2097152 }`: the size above which a source file gets a warning.</summary>
    private static long ParseMaxFileBytes(YamlText yaml, YamlMappingReader reader, List<Diagnostic> diagnostics)
    {
        switch (reader.Node("limits"))
        {
            case null:
                return ProjectConfig.DefaultMaxFileBytes;
            case YamlMappingNode mapping:
                var limits = new YamlMappingReader(yaml, mapping, "limits", ["max_file_bytes"],
                    DiagnosticDescriptors.ProjectUnknownKey, DiagnosticDescriptors.ProjectInvalidValue, diagnostics);
                var text = limits.String("max_file_bytes");
                if (text is null) return ProjectConfig.DefaultMaxFileBytes;
                if (long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes)
                    && bytes is > 0 and <= SourceReader.HardMaxFileBytes)
                {
                    return bytes;
                }
                limits.Report(limits.Node("max_file_bytes")!, $"'max_file_bytes' must be a whole number of bytes from 1 to {SourceReader.HardMaxFileBytes} (the hard limit), not '{text}'");
                return ProjectConfig.DefaultMaxFileBytes;
            case var other:
                reader.Report(other, "'limits' must be a mapping, such as { max_file_bytes: 2097152 }");
                return ProjectConfig.DefaultMaxFileBytes;
        }
    }

    private static ProjectConfig Empty { get; } = new(string.Empty, string.Empty, null, "/", "en", []);

    private static Uri? ParseSiteUrl(YamlMappingReader reader)
    {
        var url = reader.String("url");
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Query))
        {
            return uri;
        }
        reader.Report(reader.Node("url")!, $"'url' must be an absolute http(s) URL such as https://example.org, not '{url}'");
        return null;
    }

    /// <summary>`print_page: false` turns off the whole-guide print page; it is on by default.</summary>
    private static bool ParsePrintPage(YamlMappingReader reader)
    {
        switch (reader.String("print_page"))
        {
            case null or "true":
                return true;
            case "false":
                return false;
            case var other:
                reader.Report(reader.Node("print_page")!, $"'print_page' must be true or false, not '{other}'");
                return true;
        }
    }

    private static Uri? ParseEditUrl(YamlMappingReader reader)
    {
        var url = reader.String("edit_url");
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https" && url.EndsWith('/')) return uri;
        reader.Report(reader.Node("edit_url")!, $"'edit_url' must be an https:// URL ending in '/', such as https://github.com/owner/repo/edit/main/guide/, not '{url}'");
        return null;
    }

    private static string ParseBasePath(YamlMappingReader reader)
    {
        var value = reader.String("base_path");
        if (string.IsNullOrWhiteSpace(value)) return "/";
        var normalized = BasePath.Normalize(value);
        if (normalized is null) reader.Report(reader.Node("base_path")!, $"'base_path' must be a URL path such as /repo-name/, not '{value}'");
        return normalized ?? "/";
    }

    private static List<PartConfig> ParseParts(YamlText yaml, YamlMappingReader reader, List<Diagnostic> diagnostics)
    {
        var parts = new List<PartConfig>();
        var sequence = reader.Sequence("parts");
        if (sequence is null)
        {
            if (reader.Node("parts") is null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ProjectInvalidValue, reader.Location,
                    "guide.yml must list its chapters under 'parts'"));
            }
            return parts;
        }

        foreach (var partNode in sequence.Children)
        {
            if (partNode is not YamlMappingNode partMapping)
            {
                reader.Report(partNode, "Each part must be a mapping with 'title' and 'chapters'");
                continue;
            }
            var part = new YamlMappingReader(yaml, partMapping, "a part", PartKeys,
                DiagnosticDescriptors.ProjectUnknownKey, DiagnosticDescriptors.ProjectInvalidValue, diagnostics);
            var chapters = new List<ChapterEntry>();
            foreach (var item in part.Sequence("chapters")?.Children ?? [])
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } name } && IsChapterFileName(name))
                {
                    chapters.Add(new ChapterEntry(name, yaml.LocationOf(item)));
                }
                else
                {
                    part.Report(item, "Each chapter must be a path under chapters/, such as flask-routing.md or flask/routing.md");
                }
            }
            parts.Add(new PartConfig(part.String("title") ?? string.Empty, chapters));
        }
        return parts;
    }

    /// <summary>A path under chapters/ such as flask-routing.md or flask/routing.md: forward slashes, no "..", no hidden parts.</summary>
    private static bool IsChapterFileName(string name) =>
        name.EndsWith(".md", StringComparison.Ordinal) && name.Length > 3 && !name.Contains('\\')
        && name.Split('/').All(segment => segment.Length > 0 && !segment.StartsWith('.'));
}

using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Security;
using SiteGen.Sources;
using SiteGen.Syntax.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Comparison;

/// <summary>
/// Parses and checks guide/data/comparison.yaml, reporting every problem at the YAML's own position:
/// unknown keys, missing or malformed values, duplicate ids, unknown references, missing values, raw HTML.
/// </summary>
public static partial class ComparisonDatasetParser
{
    private static readonly string[] TopKeys = ["frameworks", "categories", "dimensions"];
    private static readonly string[] FrameworkKeys = ["id", "name", "version", "homepage"];
    private static readonly string[] CategoryKeys = ["id", "title", "order"];
    private static readonly string[] DimensionKeys = ["id", "category", "title", "values", "see", "sources"];
    private static readonly string[] ValueKeys = ["verdict", "note"];

    public static ComparisonDataset? Parse(SourceFile file, List<Diagnostic> diagnostics)
    {
        var yaml = YamlText.Parse(file.Text, file.Path, 1, DiagnosticDescriptors.DatasetYamlSyntax, diagnostics);
        if (yaml.Root is not YamlMappingNode root)
        {
            if (yaml.Root is not null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DatasetInvalidValue, yaml.LocationOf(yaml.Root),
                    "The dataset must be a mapping with 'frameworks', 'categories' and 'dimensions'"));
            }
            return null;
        }
        var context = new Context(yaml, file.Text, diagnostics);
        var top = context.Reader(root, "the dataset", TopKeys);
        var frameworks = context.Items(top, "frameworks", "framework", FrameworkKeys, (reader, id) =>
            new Framework(id, context.Required(reader, "name") ?? id, reader.String("version") ?? string.Empty, context.Url(reader, "homepage")));
        var categories = context.Items(top, "categories", "category", CategoryKeys, (reader, id) =>
            new Category(id, context.Required(reader, "title") ?? id, context.Order(reader)));
        var dimensions = context.Items(top, "dimensions", "dimension", DimensionKeys, (reader, id) =>
            ParseDimension(context, reader, id, frameworks, categories));
        return new ComparisonDataset(frameworks, categories, dimensions);
    }

    private static Dimension ParseDimension(Context context, YamlMappingReader reader, string id, IReadOnlyList<Framework> frameworks, IReadOnlyList<Category> categories)
    {
        var category = context.Required(reader, "category") ?? string.Empty;
        if (category.Length > 0 && categories.All(c => c.Id != category))
        {
            context.Report(DiagnosticDescriptors.DatasetUnknownCategory, reader.Node("category")!, category, string.Join(", ", categories.Select(c => c.Id)));
        }
        var title = context.Required(reader, "title") ?? id;
        context.Text(reader.Node("title"));

        var values = new Dictionary<string, DimensionValue>(StringComparer.Ordinal);
        switch (reader.Node("values"))
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    var frameworkId = (key as YamlScalarNode)?.Value ?? string.Empty;
                    if (frameworks.All(f => f.Id != frameworkId))
                    {
                        context.Report(DiagnosticDescriptors.DatasetUnknownFramework, key, frameworkId, string.Join(", ", frameworks.Select(f => f.Id)));
                        continue;
                    }
                    if (ParseValue(context, value, frameworkId) is { } parsed) values[frameworkId] = parsed;
                }
                foreach (var framework in frameworks.Where(f => !mapping.Children.ContainsKey(new YamlScalarNode(f.Id))))
                {
                    context.Report(DiagnosticDescriptors.DatasetMissingValue, mapping, id, framework.Id);
                }
                break;
            case null:
                context.Report(DiagnosticDescriptors.DatasetInvalidValue, reader.NodeOrSelf("id"), $"Dimension '{id}' has no 'values'");
                break;
            case var other:
                context.Report(DiagnosticDescriptors.DatasetInvalidValue, other, "'values' must map each framework id to its value");
                break;
        }

        var see = new List<SeeReference>();
        foreach (var node in context.Scalars(reader, "see"))
        {
            see.Add(new SeeReference(node.Value!, context.Yaml.LocationOf(node)));
        }
        var sources = new List<string>();
        foreach (var node in context.Scalars(reader, "sources"))
        {
            if (Uri.TryCreate(node.Value, UriKind.Absolute, out var uri) && uri.Scheme == "https") sources.Add(node.Value!);
            else context.Report(DiagnosticDescriptors.DatasetInvalidValue, node, $"A source must be an absolute https:// URL, not '{node.Value}'");
        }
        if (reader.Node("sources") is null)
        {
            context.Report(DiagnosticDescriptors.DatasetNoSources, reader.NodeOrSelf("id"), id);
        }
        return new Dimension(id, category, title, values, see, sources, context.Yaml.LocationOf(reader.NodeOrSelf("id")));
    }

    private static DimensionValue? ParseValue(Context context, YamlNode node, string frameworkId)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Report(DiagnosticDescriptors.DatasetInvalidValue, node, $"The value for '{frameworkId}' must be a mapping with 'verdict' and optionally 'note'");
            return null;
        }
        var reader = context.Reader(mapping, $"the value for '{frameworkId}'", ValueKeys);
        var verdict = context.Required(reader, "verdict");
        if (verdict is null) return null;
        var note = reader.String("note");
        return new DimensionValue(context.Text(reader.Node("verdict"))!, string.IsNullOrWhiteSpace(note) ? null : context.Text(reader.Node("note")));
    }

    /// <summary>Shared state of one parse: the YAML text, the diagnostics, and helpers over them.</summary>
    private sealed class Context(YamlText yaml, string fileText, List<Diagnostic> diagnostics)
    {
        public YamlText Yaml => yaml;

        public YamlMappingReader Reader(YamlMappingNode node, string description, string[] keys) =>
            new(yaml, node, description, keys, DiagnosticDescriptors.DatasetUnknownKey, DiagnosticDescriptors.DatasetInvalidValue, diagnostics);

        public void Report(DiagnosticDescriptor descriptor, YamlNode node, params object?[] arguments) =>
            diagnostics.Add(Diagnostic.Create(descriptor, yaml.LocationOf(node), arguments));

        public string? Required(YamlMappingReader reader, string key)
        {
            var value = reader.String(key);
            if (!string.IsNullOrWhiteSpace(value)) return value;
            if (reader.Node(key) is null or YamlScalarNode)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DatasetInvalidValue, reader.Node(key) is { } n ? yaml.LocationOf(n) : reader.Location,
                    $"Missing required key '{key}'"));
            }
            return null;
        }

        public int Order(YamlMappingReader reader)
        {
            var text = reader.String("order");
            if (text is null) return int.MaxValue;
            if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var order)) return order;
            reader.Report(reader.Node("order")!, $"'order' must be a whole number, not '{text}'");
            return int.MaxValue;
        }

        public IEnumerable<YamlScalarNode> Scalars(YamlMappingReader reader, string key)
        {
            switch (reader.Node(key))
            {
                case null:
                    yield break;
                case YamlScalarNode { Value.Length: > 0 } single:
                    reader.ReportSingleValueForList(key, single);
                    yield return single;
                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        if (item is YamlScalarNode { Value.Length: > 0 } scalar) yield return scalar;
                        else Report(DiagnosticDescriptors.DatasetInvalidValue, item, $"Each item of '{key}' must be a single value");
                    }
                    break;
                case var other:
                    Report(DiagnosticDescriptors.DatasetInvalidValue, other, $"'{key}' must be a list");
                    break;
            }
        }

        /// <summary>A URL value under the one URL policy: a refused one is reported at its position and dropped.</summary>
        public string Url(YamlMappingReader reader, string key)
        {
            var url = reader.String(key) ?? string.Empty;
            if (url.Length == 0 || UrlPolicy.IsAllowed(url)) return url;
            Report(DiagnosticDescriptors.LinkUnsafeScheme, reader.Node(key)!, url, UrlPolicy.SchemeOf(url));
            return string.Empty;
        }

        /// <summary>Parses a markdown text (its links and raw HTML reported at their YAML positions).</summary>
        public DataText? Text(YamlNode? node) =>
            node is YamlScalarNode scalar ? DataTextParser.Parse(scalar, yaml, fileText, diagnostics) : null;

        /// <summary>Reads a list of id'd mappings, checking the id's form and uniqueness.</summary>
        public IReadOnlyList<T> Items<T>(YamlMappingReader top, string key, string kind, string[] keys, Func<YamlMappingReader, string, T> read)
        {
            var items = new List<T>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var sequence = top.Sequence(key);
            if (sequence is null)
            {
                if (top.Node(key) is null) diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DatasetInvalidValue, top.Location, $"Missing required key '{key}'"));
                return items;
            }
            foreach (var node in sequence.Children)
            {
                if (node is not YamlMappingNode mapping)
                {
                    Report(DiagnosticDescriptors.DatasetInvalidValue, node, $"Each {kind} must be a mapping with an 'id'");
                    continue;
                }
                var reader = Reader(mapping, $"a {kind}", keys);
                var id = Required(reader, "id");
                if (id is null) continue;
                var idNode = reader.Node("id")!;
                if (!IdPattern().IsMatch(id))
                {
                    Report(DiagnosticDescriptors.DatasetInvalidValue, idNode, $"The {kind} id '{id}' must be lowercase letters, digits and hyphens");
                    continue;
                }
                if (seen.TryGetValue(id, out var firstLine))
                {
                    Report(DiagnosticDescriptors.DatasetDuplicateId, idNode, kind, id, firstLine);
                    continue;
                }
                seen[id] = yaml.LocationOf(idNode).StartLine;
                items.Add(read(reader, id));
            }
            return items;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}

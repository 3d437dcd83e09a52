using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Syntax.Yaml;

/// <summary>
/// Reads the keys of one YAML mapping against a fixed set of known keys, reporting unknown keys and
/// wrongly shaped values as diagnostics instead of throwing.
/// </summary>
public sealed class YamlMappingReader
{
    private readonly YamlText _text;
    private readonly YamlMappingNode _mapping;
    private readonly List<Diagnostic> _diagnostics;
    private readonly DiagnosticDescriptor _invalidValue;

    public YamlMappingReader(
        YamlText text,
        YamlMappingNode mapping,
        string description,
        IReadOnlyCollection<string> knownKeys,
        DiagnosticDescriptor unknownKey,
        DiagnosticDescriptor invalidValue,
        List<Diagnostic> diagnostics)
    {
        _text = text;
        _mapping = mapping;
        _diagnostics = diagnostics;
        _invalidValue = invalidValue;
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!knownKeys.Contains(name))
            {
                var args = unknownKey.MessageFormat.Contains("{2}", StringComparison.Ordinal)
                    ? new object?[] { name, description, string.Join(", ", knownKeys) }
                    : [name, string.Join(", ", knownKeys)];
                diagnostics.Add(new Diagnostic(unknownKey, text.LocationOf(key), args));
            }
        }
    }

    public Location Location => _text.LocationOf(_mapping);

    public YamlNode? Node(string key) =>
        _mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The value node of <paramref name="key"/>, or the mapping itself when the key is absent.</summary>
    public YamlNode NodeOrSelf(string key) => Node(key) ?? _mapping;

    public Location LocationOfKey(string key) =>
        _mapping.Children.Keys.FirstOrDefault(k => (k as YamlScalarNode)?.Value == key) is { } node
            ? _text.LocationOf(node)
            : Location;

    /// <summary>A scalar string value, or null when absent; reports a non-scalar value.</summary>
    public string? String(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return scalar.Value;
            default:
                Report(node, $"'{key}' must be a single value, not a list or mapping");
                return null;
        }
    }

    /// <summary>A list of scalar strings; a single scalar counts as a one-item list, with a warning (SG1109).</summary>
    public IReadOnlyList<string> Strings(string key)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                if (scalar.Value is not { Length: > 0 } v) return [];
                ReportSingleValueForList(key, scalar);
                return [v];
            case YamlSequenceNode sequence:
                var values = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } s }) values.Add(s);
                    else Report(item, $"Each item of '{key}' must be a single value");
                }
                return values;
            case var other:
                Report(other, $"'{key}' must be a list of values");
                return [];
        }
    }

    public YamlSequenceNode? Sequence(string key)
    {
        var node = Node(key);
        if (node is null or YamlSequenceNode) return node as YamlSequenceNode;
        Report(node, $"'{key}' must be a list");
        return null;
    }

    /// <summary>A scalar written where a list belongs: read as one item, but said so (SG1109).</summary>
    public void ReportSingleValueForList(string key, YamlScalarNode scalar) =>
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.YamlSingleValueForList, _text.LocationOf(scalar), key, scalar.Value));

    public void Report(YamlNode node, string message) =>
        _diagnostics.Add(Diagnostic.Create(_invalidValue, _text.LocationOf(node), message));
}

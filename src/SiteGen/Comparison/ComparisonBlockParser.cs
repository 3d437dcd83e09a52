using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Syntax.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Comparison;

/// <summary>Reads the YAML body of a ```comparison fenced block; ids are checked later, against the dataset.</summary>
public static class ComparisonBlockParser
{
    public const string Language = "comparison";

    private static readonly string[] Keys = ["dimensions", "category", "frameworks", "caption"];

    public static bool IsComparisonBlock(FencedCodeBlock block) =>
        string.Equals(block.Info?.Trim(), Language, StringComparison.OrdinalIgnoreCase);

    public static ComparisonBlockSyntax Parse(FencedCodeBlock block, string path, List<Diagnostic> diagnostics)
    {
        var location = Location.At(path, block.Line + 1, block.Column + 1);
        // The body starts on the line after the fence; Markdig strips the fence's indentation from each line.
        var yaml = YamlText.Parse(block.Lines.ToString(), path, block.Line + 2, DiagnosticDescriptors.ComparisonBlockInvalid, diagnostics, block.Column);
        if (yaml.Root is not YamlMappingNode mapping)
        {
            if (yaml.Root is not null || block.Lines.Count == 0 || string.IsNullOrWhiteSpace(block.Lines.ToString()))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ComparisonBlockInvalid, location,
                    "A comparison block needs 'dimensions: [ids]' or 'category: id'"));
            }
            return new ComparisonBlockSyntax(block.Line, [], null, [], null, location);
        }

        var reader = new YamlMappingReader(yaml, mapping, "a comparison block", Keys,
            DiagnosticDescriptors.ComparisonBlockInvalid, DiagnosticDescriptors.ComparisonBlockInvalid, diagnostics);
        var dimensions = Ids(yaml, reader, "dimensions");
        var frameworks = Ids(yaml, reader, "frameworks");
        var category = reader.Node("category") is YamlScalarNode { Value.Length: > 0 } c ? new IdReference(c.Value!, yaml.LocationOf(c)) : null;
        if ((dimensions.Count > 0) == (category is not null))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ComparisonBlockInvalid, location,
                "A comparison block needs exactly one of 'dimensions: [ids]' or 'category: id'"));
        }
        return new ComparisonBlockSyntax(block.Line, dimensions, category, frameworks, reader.String("caption"), location);
    }

    private static List<IdReference> Ids(YamlText yaml, YamlMappingReader reader, string key)
    {
        var ids = new List<IdReference>();
        switch (reader.Node(key))
        {
            case YamlScalarNode { Value.Length: > 0 } single:
                ids.Add(new IdReference(single.Value!, yaml.LocationOf(single)));
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value.Length: > 0 } scalar) ids.Add(new IdReference(scalar.Value!, yaml.LocationOf(scalar)));
                    else reader.Report(item, $"Each item of '{key}' must be an id");
                }
                break;
            case null:
                break;
            case var other:
                reader.Report(other, $"'{key}' must be a list of ids");
                break;
        }
        return ids;
    }
}

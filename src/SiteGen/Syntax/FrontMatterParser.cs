using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Syntax.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Syntax;

/// <summary>Reads the front matter block Markdig found at the top of a chapter.</summary>
internal static class FrontMatterParser
{
    public static FrontMatter Parse(MarkdownDocument document, string path, List<Diagnostic> diagnostics)
    {
        var block = document.Count > 0 ? document[0] as YamlFrontMatterBlock : null;
        if (block is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.FrontMatterMissing, Location.At(path, 1, 1)));
            return new FrontMatter(string.Empty, string.Empty, []);
        }

        // Markdig's lines are 0-based and the block starts at the opening '---'.
        var firstYamlLine = block.Line + 2;
        var yaml = YamlText.Parse(block.Lines.ToString(), path, firstYamlLine, DiagnosticDescriptors.FrontMatterYamlSyntax, diagnostics);
        var blockLocation = Location.At(path, block.Line + 1, 1);
        if (yaml.Root is not YamlMappingNode mapping)
        {
            if (yaml.Root is not null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.FrontMatterInvalidValue, yaml.LocationOf(yaml.Root),
                    "Front matter must be a mapping of keys to values"));
            }
            else if (!yaml.Failed)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.FrontMatterTitleMissing, blockLocation));
            }
            return new FrontMatter(string.Empty, string.Empty, []);
        }

        var reader = new YamlMappingReader(yaml, mapping, "front matter", FrontMatter.Keys,
            DiagnosticDescriptors.FrontMatterUnknownKey, DiagnosticDescriptors.FrontMatterInvalidValue, diagnostics);
        var title = reader.String("title");
        // A title of the wrong shape is already reported as an invalid value; one problem, one diagnostic.
        if (string.IsNullOrWhiteSpace(title) && reader.Node("title") is null or YamlScalarNode)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.FrontMatterTitleMissing,
                reader.Node("title") is { } node ? yaml.LocationOf(node) : blockLocation));
        }
        return new FrontMatter(title?.Trim() ?? string.Empty, reader.String("description")?.Trim() ?? string.Empty, reader.Strings("tags"));
    }
}

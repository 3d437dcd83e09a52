using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Output;

/// <summary>A SARIF 2.1.0 log of one run: every rule of the catalog and every diagnostic as a result.</summary>
public static class SarifLog
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Create(IEnumerable<(Diagnostic Diagnostic, string Path)> diagnostics, string toolVersion)
    {
        var rules = new JsonArray(DiagnosticDescriptors.All.Select(d => (JsonNode)new JsonObject
        {
            ["id"] = d.Id,
            ["name"] = string.Concat(d.Title.Split(' ', '-', '.', '\'').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])),
            ["shortDescription"] = new JsonObject { ["text"] = d.Title },
            ["fullDescription"] = new JsonObject { ["text"] = d.Help },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(d.DefaultSeverity) },
            ["help"] = new JsonObject { ["text"] = d.Help },
            ["properties"] = new JsonObject { ["category"] = d.Category },
        }).ToArray());
        var ruleIndex = DiagnosticDescriptors.All.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var results = new JsonArray(diagnostics.Select(item =>
        {
            var (diagnostic, path) = item;
            var result = new JsonObject
            {
                ["ruleId"] = diagnostic.Id,
                ["ruleIndex"] = ruleIndex[diagnostic.Id],
                ["level"] = Level(diagnostic.Severity),
                ["message"] = new JsonObject { ["text"] = diagnostic.Message },
            };
            if (path.Length > 0)
            {
                var physical = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = path } };
                if (diagnostic.Location.StartLine > 0)
                {
                    physical["region"] = new JsonObject
                    {
                        ["startLine"] = diagnostic.Location.StartLine,
                        ["startColumn"] = Math.Max(1, diagnostic.Location.StartColumn),
                        ["endLine"] = Math.Max(diagnostic.Location.StartLine, diagnostic.Location.EndLine),
                        ["endColumn"] = Math.Max(1, diagnostic.Location.EndColumn) + 1,
                    };
                }
                result["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = physical });
            }
            return (JsonNode)result;
        }).ToArray());
        var log = new JsonObject
        {
            ["$schema"] = Schema,
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "sitegen",
                        ["version"] = toolVersion,
                        ["informationUri"] = "https://github.com/sitegen/sitegen",
                        ["rules"] = rules,
                    },
                },
                ["results"] = results,
            }),
        };
        return log.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static string Slug(string title) =>
        string.Concat(title.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-')).Replace(' ', '-');
}

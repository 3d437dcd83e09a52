using System.Text.Json;
using NJsonSchema;
using SiteGen.Tests.Infrastructure;
using YamlDotNet.Serialization;

namespace SiteGen.Tests.Comparison;

/// <summary>The JSON Schema editors use (guide/data/comparison.schema.json) agrees with the real data.</summary>
public sealed class ComparisonSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryPaths.Guide, "data", "comparison.schema.json");

    private static async Task<ICollection<NJsonSchema.Validation.ValidationError>> Validate(string yaml)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var data = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize<object>(yaml);
        return schema.Validate(JsonSerializer.Serialize(data));
    }

    [Theory]
    [InlineData("guide")]
    [InlineData("fixture")]
    public async Task The_schema_accepts_the_datasets(string which)
    {
        var path = which == "guide"
            ? Path.Combine(RepositoryPaths.Guide, "data", "comparison.yaml")
            : Path.Combine(RepositoryPaths.Fixture("comparison"), "data", "comparison.yaml");

        var errors = await Validate(File.ReadAllText(path));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task The_schema_rejects_a_broken_dataset()
    {
        var broken = File.ReadAllText(Path.Combine(RepositoryPaths.Fixture("comparison"), "data", "comparison.yaml"))
            .Replace("title: ORM", "titel: ORM", StringComparison.Ordinal)
            .Replace("verdict: Built in.", "note: Built in.", StringComparison.Ordinal);

        var errors = Flatten(await Validate(broken)).ToArray();

        Assert.Contains(errors, e => e.Kind == NJsonSchema.Validation.ValidationErrorKind.NoAdditionalPropertiesAllowed);
        Assert.Contains(errors, e => e.Kind == NJsonSchema.Validation.ValidationErrorKind.PropertyRequired);
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child
            ? new[] { e }.Concat(Flatten(child.Errors.SelectMany(pair => pair.Value)))
            : [e]);

    [Fact]
    public void The_dataset_points_editors_at_the_schema()
    {
        var first = File.ReadLines(Path.Combine(RepositoryPaths.Guide, "data", "comparison.yaml")).First();

        Assert.Equal("# yaml-language-server: $schema=./comparison.schema.json", first);
    }
}

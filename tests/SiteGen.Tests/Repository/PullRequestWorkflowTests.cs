using SiteGen.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Repository;

/// <summary>
/// The GitHub workflows, read as YAML: a pull request's code and text are untrusted (docs/security.md), so the
/// workflow that builds them runs on `pull_request` with a read-only token, no secrets and no credentials left
/// on disk, and no workflow runs pull-request code in the privileged context of the base repository.
/// </summary>
public sealed class PullRequestWorkflowTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, ".github", "workflows");

    public static TheoryData<string> PullRequestWorkflows() =>
        [.. Workflows().Where(w => Triggers(Load(w)).Contains("pull_request")).Select(w => Path.GetFileName(w))];

    public static TheoryData<string> AllWorkflows() => [.. Workflows().Select(w => Path.GetFileName(w))];

    [Fact]
    public void The_pull_request_workflow_triggers_on_pull_request()
    {
        Assert.Contains("pull_request", Triggers(Load(Path.Combine(Folder, "pull-request.yml"))));
    }

    [Theory]
    [MemberData(nameof(AllWorkflows))]
    public void No_workflow_runs_pull_request_code_with_the_base_repositorys_privileges(string file)
    {
        // Both triggers run with the base repository's secrets and a write token, whatever the pull request holds.
        Assert.DoesNotContain("pull_request_target", Triggers(Load(Path.Combine(Folder, file))));
        Assert.DoesNotContain("workflow_run", Triggers(Load(Path.Combine(Folder, file))));
    }

    [Theory]
    [MemberData(nameof(PullRequestWorkflows))]
    public void A_pull_request_workflow_has_a_read_only_token(string file)
    {
        var workflow = Load(Path.Combine(Folder, file));

        var permissions = Assert.IsType<YamlMappingNode>(workflow.Children[new YamlScalarNode("permissions")]);
        Assert.Equal([("contents", "read")], Scalars(permissions));
        foreach (var (job, definition) in Jobs(workflow))
        {
            if (definition.Children.TryGetValue(new YamlScalarNode("permissions"), out var jobPermissions))
            {
                Assert.All(Scalars((YamlMappingNode)jobPermissions), p => Assert.True(p.Value is "read" or "none", $"job {job} asks for {p.Key}: {p.Value}"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(PullRequestWorkflows))]
    public void A_pull_request_workflow_uses_no_secrets(string file)
    {
        // Every key and value, so that a comment about secrets is not mistaken for a use of one.
        var scalars = EveryScalar(Load(Path.Combine(Folder, file))).ToList();

        Assert.DoesNotContain(scalars, text => text.Contains("secrets.", StringComparison.Ordinal) || text.Contains("secrets[", StringComparison.Ordinal));
        Assert.DoesNotContain("secrets", scalars);
    }

    [Theory]
    [MemberData(nameof(PullRequestWorkflows))]
    public void A_pull_request_workflow_leaves_no_token_for_the_code_it_runs(string file)
    {
        var steps = Jobs(Load(Path.Combine(Folder, file))).SelectMany(job => Steps(job.Definition)).ToList();

        var checkouts = steps.Where(step => Scalar(step, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(checkouts);
        Assert.All(checkouts, checkout => Assert.Equal("false", Scalar((YamlMappingNode)checkout.Children[new YamlScalarNode("with")], "persist-credentials")));
        // A title or branch name expanded into a shell script is code the pull request's author wrote.
        Assert.All(steps.Select(step => Scalar(step, "run")).OfType<string>(), run => Assert.DoesNotContain("${{", run, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Workflows() =>
        Directory.EnumerateFiles(Folder, "*.yml").Concat(Directory.EnumerateFiles(Folder, "*.yaml")).Order(StringComparer.Ordinal);

    private static YamlMappingNode Load(string path)
    {
        using var reader = new StreamReader(path);
        var yaml = new YamlStream();
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    /// <summary>The events under `on:`, which may be one name, a list of names or a mapping.</summary>
    private static IReadOnlyList<string> Triggers(YamlMappingNode workflow) =>
        workflow.Children[new YamlScalarNode("on")] switch
        {
            YamlScalarNode single => [single.Value!],
            YamlSequenceNode list => [.. list.Children.Cast<YamlScalarNode>().Select(n => n.Value!)],
            YamlMappingNode events => [.. events.Children.Keys.Cast<YamlScalarNode>().Select(n => n.Value!)],
            var other => throw new InvalidOperationException($"Unexpected 'on:' at line {other.Start.Line}"),
        };

    private static IEnumerable<(string Name, YamlMappingNode Definition)> Jobs(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow.Children[new YamlScalarNode("jobs")]).Children
            .Select(job => (((YamlScalarNode)job.Key).Value!, (YamlMappingNode)job.Value));

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) =>
        job.Children.TryGetValue(new YamlScalarNode("steps"), out var steps) ? ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>() : [];

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static IEnumerable<string> EveryScalar(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlSequenceNode list => list.Children.SelectMany(EveryScalar),
        YamlMappingNode mapping => mapping.Children.SelectMany(p => EveryScalar(p.Key).Concat(EveryScalar(p.Value))),
        _ => [],
    };

    private static IReadOnlyList<(string Key, string Value)> Scalars(YamlMappingNode mapping) =>
        [.. mapping.Children.Select(p => (((YamlScalarNode)p.Key).Value!, ((YamlScalarNode)p.Value).Value!))];
}

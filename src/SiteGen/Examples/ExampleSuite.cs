using SiteGen.Diagnostics;

namespace SiteGen.Examples;

/// <summary>
/// Runs a set of examples in parallel and gathers their results in the order of the chapters. A group whose
/// command is not installed is reported once, at the group in guide.yml, and its examples count as failed.
/// </summary>
public static class ExampleSuite
{
    public sealed record Outcome(IReadOnlyList<ExampleResult> Results, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public int Count(ExampleStatus status) => Results.Count(r => r.Status == status);
    }

    public static async Task<Outcome> RunAsync(
        IReadOnlyList<ExampleBlock> blocks, IReadOnlyDictionary<string, TestGroup> groups, ExampleRunner runner, int jobs, CancellationToken cancellation)
    {
        var diagnostics = new List<Diagnostic>();
        var missing = groups.Values.Where(g => blocks.Any(b => b.Attributes.Test == g.Name) && !ExampleRunner.CommandExists(g)).Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        diagnostics.AddRange(missing.Select(name => ExampleRunner.MissingCommand(groups[name])));

        var results = new ExampleResult[blocks.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, blocks.Count), new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellation }, async (i, token) =>
        {
            var block = blocks[i];
            results[i] = block.IsSkipped ? new ExampleResult(block, ExampleStatus.Skipped)
                : missing.Contains(block.Attributes.Test) ? new ExampleResult(block, ExampleStatus.Failed)
                : await runner.RunAsync(block, groups[block.Attributes.Test], token);
        });
        diagnostics.AddRange(results.Select(r => r.Diagnostic).OfType<Diagnostic>());
        return new Outcome(results, diagnostics);
    }
}

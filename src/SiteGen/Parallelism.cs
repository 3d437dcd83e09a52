namespace SiteGen;

/// <summary>
/// How parallel loops run: one worker per core. Per-page work is CPU-bound, and letting the thread pool
/// inject extra threads only multiplies per-thread state (tokenizers, renderers) and memory.
/// </summary>
internal static class Parallelism
{
    public static ParallelOptions Options { get; } = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}

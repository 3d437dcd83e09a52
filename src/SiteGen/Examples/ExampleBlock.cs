using SiteGen.Diagnostics;

namespace SiteGen.Examples;

/// <summary>A fenced block that has decided whether it runs: its place in the chapter, its code, and what it must print.</summary>
/// <param name="Fence">The opening fence in the chapter.</param>
/// <param name="ExpectedOutput">The lines it must print, from `# ->` comments or an output block; null when it states none.</param>
public sealed record ExampleBlock(Location Fence, string Language, ExampleAttributes Attributes, string Code, IReadOnlyList<string>? ExpectedOutput)
{
    public bool IsSkipped => Attributes.Test == ExampleAttributes.Skip;

    /// <summary>The chapter line (1-based) of the block's first line of code.</summary>
    public int FirstCodeLine => Fence.StartLine + 1;

    /// <summary>
    /// A name unique in the guide, for the block's scratch folder: chapters/a.md line 12 is a.md-12, and a chapter
    /// in a subfolder keeps its folder in the name (flask_routing.md-12), so that two routing.md never share one.
    /// </summary>
    public string Name => $"{Path.GetRelativePath("chapters", Fence.Path).Replace('\\', '_').Replace('/', '_')}-{Fence.StartLine}";
}

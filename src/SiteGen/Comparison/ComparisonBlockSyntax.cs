using Markdig.Syntax;
using SiteGen.Diagnostics;

namespace SiteGen.Comparison;

/// <summary>
/// A ```comparison block in a chapter, as written: which dimensions (by id or by category) and which
/// frameworks to show, each id with its position in the chapter file.
/// </summary>
/// <param name="Block">The fenced block in the chapter's tree, which the renderer replaces with the table.</param>
public sealed record ComparisonBlockSyntax(
    FencedCodeBlock Block,
    IReadOnlyList<IdReference> Dimensions,
    IdReference? Category,
    IReadOnlyList<IdReference> Frameworks,
    string? Caption,
    Location Location);

/// <summary>An id written in a block, with its position.</summary>
public sealed record IdReference(string Id, Location Location);

using SiteGen.Diagnostics;

namespace SiteGen.Comparison;

/// <summary>
/// A ```comparison block in a chapter, as written: which dimensions (by id or by category) and which
/// frameworks to show, each id with its position in the chapter file.
/// </summary>
/// <param name="BlockLine">
/// The 0-based line of the opening fence. Trees are not kept between parsing and rendering (see ChapterSyntax),
/// so the block is known by its position, which the same text always gives it.
/// </param>
public sealed record ComparisonBlockSyntax(
    int BlockLine,
    IReadOnlyList<IdReference> Dimensions,
    IdReference? Category,
    IReadOnlyList<IdReference> Frameworks,
    string? Caption,
    Location Location);

/// <summary>An id written in a block, with its position.</summary>
public sealed record IdReference(string Id, Location Location);

namespace SiteGen.Search;

/// <summary>
/// A search term and its number in the <see cref="SearchTermCache"/> that made it: the index builder counts and
/// scores by number, so a word costs one lookup from its text to its term and none from the term to its row.
/// </summary>
public sealed class SearchTerm(string text, int id)
{
    public string Text { get; } = text;

    /// <summary>Dense from 0 within one cache (a number may go unused when two threads make the same term at once).</summary>
    public int Id { get; } = id;

    public override string ToString() => Text;
}

namespace SiteGen.Search;

/// <summary>
/// Receives a text's terms from <see cref="SearchTokenizer"/> as they are found, in order: the index builder counts
/// them where they fall, and nothing holds a text's list of terms. A struct, so that each sink's call is inlined.
/// </summary>
public interface ISearchTermSink
{
    void Add(SearchTerm term);
}

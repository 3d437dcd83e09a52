namespace SiteGen.Search;

/// <summary>A page of the index: its url and title, and the block of document numbers its documents hold.</summary>
public sealed record SearchPage(string Url, string Title, int First, int Count);

/// <summary>
/// Stable document numbers (docs/search.md): pages in the ordinal order of their url, each page's documents
/// in a block that starts at a multiple of <see cref="SearchIndexWriter.ChunkSize"/>, in their order on the
/// page. Editing a page leaves every other page's numbers, and so its document chunks, as they were, unless
/// it grows past its block; reordering chapters changes nothing. A chunk never mixes pages.
/// </summary>
public sealed class SearchDocumentLayout
{
    private SearchDocumentLayout(int[] numbers, IReadOnlyList<SearchPage> pages, int size)
    {
        Numbers = numbers;
        Pages = pages;
        Size = size;
    }

    /// <summary>The number of each document, by its position in the index.</summary>
    public IReadOnlyList<int> Numbers { get; }

    public IReadOnlyList<SearchPage> Pages { get; }

    /// <summary>One more than the highest number: the length of per-number tables.</summary>
    public int Size { get; }

    public static SearchDocumentLayout Of(IReadOnlyList<SearchDocument> documents, int blockSize)
    {
        var numbers = new int[documents.Count];
        var pages = new List<SearchPage>();
        var next = 0;
        var byPage = Enumerable.Range(0, documents.Count)
            .GroupBy(d => documents[d].PageUrl, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var page in byPage)
        {
            var count = 0;
            foreach (var d in page) numbers[d] = next + count++;
            pages.Add(new SearchPage(page.Key, documents[page.First()].PageTitle, next, count));
            next += (count + blockSize - 1) / blockSize * blockSize;
        }
        return new SearchDocumentLayout(numbers, pages, next);
    }
}

namespace SiteGen.Search;

/// <summary>A page of the index: its url and title, and the block of document numbers its documents hold.</summary>
public sealed record SearchPage(string Url, string Title, int First, int Count);

/// <summary>
/// Stable document numbers (docs/search.md): pages in the ordinal order of their url, each page's documents
/// in a block that starts at a multiple of <see cref="SearchIndexWriter.BlockSize"/>, in their order on the
/// page. Editing a page leaves every other page's numbers, and so its document file, as they were, unless
/// it grows past its block; reordering chapters changes nothing. A block never
/// crosses a range boundary (a multiple of <see cref="SearchIndexWriter.RangeSize"/>) unless it is longer than
/// a range: a page's row and its numbers' table entries are then in one range file.
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

    public static SearchDocumentLayout Of(IReadOnlyList<SearchDocument> documents, int blockSize, int rangeSize)
    {
        var numbers = new int[documents.Count];
        var pages = new List<SearchPage>();
        var next = 0;
        var byPage = Enumerable.Range(0, documents.Count)
            .GroupBy(d => documents[d].PageUrl, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var page in byPage)
        {
            var count = page.Count();
            var block = (count + blockSize - 1) / blockSize * blockSize;
            if (next % rangeSize + block > rangeSize && next % rangeSize != 0) next += rangeSize - next % rangeSize;
            var position = 0;
            foreach (var d in page) numbers[d] = next + position++;
            pages.Add(new SearchPage(page.Key, documents[page.First()].PageTitle, next, count));
            next += block;
        }
        return new SearchDocumentLayout(numbers, pages, next);
    }
}

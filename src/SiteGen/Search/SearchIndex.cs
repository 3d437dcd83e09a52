namespace SiteGen.Search;

/// <summary>
/// The built index, before it is written: documents in order, and for each term its postings, sorted by
/// document number (the document's position in <see cref="Documents"/>).
/// </summary>
public sealed record SearchIndex(IReadOnlyList<SearchDocument> Documents, IReadOnlyDictionary<string, IReadOnlyList<SearchPosting>> Postings);

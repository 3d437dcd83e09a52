namespace SiteGen.Search;

/// <summary>
/// The built index, before it is written: documents in order, and for each term its postings as
/// (document number, impact level 0–9), sorted by document number.
/// </summary>
public sealed record SearchIndex(IReadOnlyList<SearchDocument> Documents, IReadOnlyDictionary<string, IReadOnlyList<(int Document, byte Level)>> Postings);

namespace SiteGen.Search;

/// <summary>
/// Builds the impact-ordered index: BM25F per field (title, heading, body) is computed at build time and
/// stored as one impact level (0–9) per (term, document), so a query only adds numbers. Each term keeps its
/// highest-impact documents (at most <see cref="MaxPostings"/>), which bounds what a query downloads.
/// Linear in the corpus: one pass to count, one to score.
/// </summary>
public static class SearchIndexBuilder
{
    public const int MaxPostings = 2000;
    private const double K1 = 1.2;
    private const double B = 0.75;
    private static readonly double[] FieldWeights = [2.0, 3.0, 1.0];

    public const int MaxLevel = 9;

    /// <summary>The impact level of a score: 9 for the best score in the index, one less per halving of √2.</summary>
    public static byte Level(double score, double max) =>
        (byte)Math.Clamp((int)Math.Round(MaxLevel + 2 * Math.Log2(score / max)), 0, MaxLevel);

    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents, SearchTokenCache? tokens = null)
    {
        var terms = new SearchTermCache();
        Func<string, IReadOnlyList<string>> tokenize = tokens is null ? text => SearchTokenizer.Tokenize(text, terms) : tokens.Tokenize;
        // Term frequencies per field per document, and field lengths.
        var frequencies = new Dictionary<string, int[]>[documents.Count];
        var lengths = new int[documents.Count, 3];
        var lengthSums = new double[3];
        Parallel.For(0, documents.Count, Parallelism.Options, d =>
        {
            var doc = documents[d];
            var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
            string[] fields = [doc.PageTitle, doc.Heading, doc.Body];
            for (var f = 0; f < 3; f++)
            {
                var fieldTokens = tokenize(fields[f]);
                lengths[d, f] = fieldTokens.Count;
                foreach (var token in fieldTokens)
                {
                    if (!counts.TryGetValue(token, out var perField)) counts[token] = perField = new int[3];
                    perField[f]++;
                }
            }
            frequencies[d] = counts;
        });
        for (var d = 0; d < documents.Count; d++)
        {
            for (var f = 0; f < 3; f++) lengthSums[f] += lengths[d, f];
        }
        var averages = lengthSums.Select(sum => Math.Max(1.0, sum / Math.Max(1, documents.Count))).ToArray();

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var counts in frequencies)
        {
            foreach (var term in counts.Keys) documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        var scores = new Dictionary<string, List<(int, double)>>(StringComparer.Ordinal);
        var max = 0.0;
        var n = documents.Count;
        for (var d = 0; d < n; d++)
        {
            foreach (var (term, perField) in frequencies[d])
            {
                // BM25F: length-normalized, weighted term frequency across fields, then saturation and IDF.
                var weighted = 0.0;
                for (var f = 0; f < 3; f++)
                {
                    if (perField[f] == 0) continue;
                    weighted += FieldWeights[f] * perField[f] / (1 - B + B * lengths[d, f] / averages[f]);
                }
                var df = documentFrequency[term];
                var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
                var score = idf * weighted * (K1 + 1) / (weighted + K1);
                max = Math.Max(max, score);
                if (!scores.TryGetValue(term, out var list)) scores[term] = list = [];
                list.Add((d, score));
            }
        }

        tokens?.Trim();
        var postings = new Dictionary<string, IReadOnlyList<(int, byte)>>(StringComparer.Ordinal);
        // Ten logarithmic impact levels (each about 1.4x the one below): rankings stay stable while a
        // posting costs no byte of its own, because the writer groups postings by level.
        foreach (var (term, list) in scores)
        {
            IEnumerable<(int Document, double Score)> kept = list;
            if (list.Count > MaxPostings) kept = list.OrderByDescending(p => p.Item2).ThenBy(p => p.Item1).Take(MaxPostings);
            postings[term] = kept
                .OrderBy(p => p.Document)
                .Select(p => (p.Document, Level(p.Score, max)))
                .ToArray();
        }
        return new SearchIndex(documents, postings);
    }
}

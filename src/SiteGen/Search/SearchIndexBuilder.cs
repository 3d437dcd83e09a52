using System.Runtime.InteropServices;

namespace SiteGen.Search;

/// <summary>
/// Builds the impact-ordered index: BM25F per field (title, heading, prose, code) is computed at build time
/// and stored as one impact level (0–47) per (term, document) with a bit saying whether the term is in the
/// heading, so a query only adds numbers. Each term keeps its highest-impact documents (at most
/// <see cref="MaxPostings"/>), which bounds what a query downloads. Linear in the corpus: one pass to count,
/// one to score.
/// </summary>
public static class SearchIndexBuilder
{
    public const int MaxPostings = 2000;
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int FieldCountTotal = 4;
    private const int HeadingField = 1;

    /// <summary>Title, heading, prose, code: a heading names the topic; code mentions words in passing.</summary>
    private static readonly double[] FieldWeights = [1.5, 3.0, 1.0, 0.25];

    /// <summary>A section whose heading holds the term outranks one that only mentions it.</summary>
    private const double HeadingBoost = 1.5;

    /// <summary>Glossary entries rank below the chapter section that explains the term (search-core.js undoes
    /// this for "what is …" queries).</summary>
    public const double DefinitionFactor = 0.5;

    public const int MaxLevel = 47;

    /// <summary>Levels per halving of the score: each level is 2^(1/4) ≈ 1.19 times the one below.</summary>
    public const int LevelsPerHalving = 4;

    /// <summary>The impact level of a score: <see cref="MaxLevel"/> for the best score in the index, one less per factor 2^(1/4).</summary>
    public static byte Level(double score, double max) =>
        (byte)Math.Clamp((int)Math.Round(MaxLevel + LevelsPerHalving * Math.Log2(score / max)), 0, MaxLevel);

    public static SearchIndex Build(IReadOnlyList<SearchDocument> documents, SearchTokenCache? tokens = null)
    {
        var terms = tokens?.Terms ?? new SearchTermCache();
        var n = documents.Count;

        // Pass 1, in parallel: each document's terms by number, with their counts per field packed in one int
        // (8 bits a field). Eight bytes per (document, term): a site of 10,000 pages fits in memory.
        var documentTerms = new int[n][];
        var documentCounts = new int[n][];
        var lengths = new int[n, FieldCountTotal];
        // Each worker counts into one dictionary of its own, cleared for each document.
        Parallel.For(0, n, Parallelism.Options, () => new Dictionary<int, int>(), (d, _, counts) =>
        {
            var doc = documents[d];
            var counter = new FieldCounter(counts);
            counts.Clear();
            string[] fields = [doc.PageTitle, doc.Heading, doc.Body, doc.Code];
            for (var f = 0; f < FieldCountTotal; f++)
            {
                counter.Start(f);
                if (tokens is null) SearchTokenizer.Tokenize(fields[f], terms, ref counter);
                else foreach (var term in tokens.Tokenize(fields[f])) counter.Add(term);
                lengths[d, f] = counter.Length;
            }
            documentTerms[d] = [.. counts.Keys];
            documentCounts[d] = [.. counts.Values];
            return counts;
        }, _ => { });

        var averages = new double[FieldCountTotal];
        for (var f = 0; f < FieldCountTotal; f++)
        {
            var sum = 0.0;
            for (var d = 0; d < n; d++) sum += lengths[d, f];
            averages[f] = Math.Max(1.0, sum / Math.Max(1, n));
        }
        var documentFrequency = new int[terms.Count];
        foreach (var termIds in documentTerms)
        {
            foreach (var id in termIds) documentFrequency[id]++;
        }

        // Pass 2: BM25F per (term, document) into per-term arrays sized by document frequency; documents are
        // visited in order, so each term's postings come out sorted by document.
        var postingDocuments = new int[documentFrequency.Length][];
        var postingScores = new double[documentFrequency.Length][];
        var postingInHeading = new bool[documentFrequency.Length][];
        for (var id = 0; id < documentFrequency.Length; id++)
        {
            postingDocuments[id] = new int[documentFrequency[id]];
            postingScores[id] = new double[documentFrequency[id]];
            postingInHeading[id] = new bool[documentFrequency[id]];
        }
        var filled = new int[documentFrequency.Length];
        var idfs = new double[documentFrequency.Length];
        for (var id = 0; id < idfs.Length; id++) idfs[id] = Math.Log(1 + (n - documentFrequency[id] + 0.5) / (documentFrequency[id] + 0.5));
        Span<double> lengthNorms = stackalloc double[FieldCountTotal];
        var max = 0.0;
        for (var d = 0; d < n; d++)
        {
            var termIds = documentTerms[d];
            var packedCounts = documentCounts[d];
            for (var f = 0; f < FieldCountTotal; f++) lengthNorms[f] = 1 - B + B * lengths[d, f] / averages[f];
            for (var t = 0; t < termIds.Length; t++)
            {
                var id = termIds[t];
                // BM25F: length-normalized, weighted term frequency across fields, then saturation and IDF.
                var weighted = 0.0;
                for (var f = 0; f < FieldCountTotal; f++)
                {
                    var count = FieldCount(packedCounts[t], f);
                    if (count == 0) continue;
                    weighted += FieldWeights[f] * count / lengthNorms[f];
                }
                var idf = idfs[id];
                var inHeading = FieldCount(packedCounts[t], HeadingField) > 0;
                var score = idf * weighted * (K1 + 1) / (weighted + K1)
                    * (inHeading ? HeadingBoost : 1) * (documents[d].IsDefinition ? DefinitionFactor : 1);
                max = Math.Max(max, score);
                var slot = filled[id]++;
                postingDocuments[id][slot] = d;
                postingScores[id][slot] = score;
                postingInHeading[id][slot] = inHeading;
            }
            documentTerms[d] = [];
            documentCounts[d] = [];
        }

        tokens?.Trim();
        // 48 logarithmic impact levels (each about 1.19x the one below): fine enough that ties are rare,
        // while a posting costs no byte of its own, because the writer groups postings by level. Each term's
        // postings are made apart from the others', in parallel.
        var allTerms = terms.Terms.ToArray();
        var termPostings = new SearchPosting[allTerms.Length][];
        Parallel.For(0, allTerms.Length, Parallelism.Options, t =>
        {
            var id = allTerms[t].Id;
            var docs = postingDocuments[id];
            var scores = postingScores[id];
            var inHeading = postingInHeading[id];
            IEnumerable<int> kept = Enumerable.Range(0, docs.Length);
            if (docs.Length > MaxPostings) kept = kept.OrderByDescending(i => scores[i]).ThenBy(i => docs[i]).Take(MaxPostings).Order();
            termPostings[t] = kept.Select(i => new SearchPosting(docs[i], Level(scores[i], max), inHeading[i])).ToArray();
        });
        var postings = new Dictionary<string, IReadOnlyList<SearchPosting>>(allTerms.Length, StringComparer.Ordinal);
        for (var t = 0; t < allTerms.Length; t++)
        {
            // A term of an earlier build that shares this cache (serve) but none of this build's documents.
            if (termPostings[t].Length > 0) postings[allTerms[t].Text] = termPostings[t];
        }
        return new SearchIndex(documents, postings);
    }

    /// <summary>Occurrences counted per field: enough for BM25's saturation, and 8 bits in the packed count.</summary>
    private const int FieldCountLimit = 255;
    private const int FieldBits = 8;

    private static int FieldCount(int packed, int field) => (packed >> (FieldBits * field)) & FieldCountLimit;

    /// <summary>Counts one document's terms field by field, into the packed counts as the tokenizer finds them.</summary>
    private struct FieldCounter(Dictionary<int, int> counts) : ISearchTermSink
    {
        private int _field;

        public readonly Dictionary<int, int> Counts => counts;

        /// <summary>The terms of the current field so far: its length for BM25.</summary>
        public int Length { get; private set; }

        public void Start(int field)
        {
            _field = field;
            Length = 0;
        }

        public void Add(SearchTerm term)
        {
            Length++;
            ref var packed = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, term.Id, out _);
            if (FieldCount(packed, _field) < FieldCountLimit) packed += 1 << (FieldBits * _field);
        }
    }
}

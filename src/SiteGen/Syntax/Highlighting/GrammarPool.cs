using System.Collections.Concurrent;

namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// Tokenizers for one grammar scope, lent to one thread at a time. Grows only when highlights run
/// concurrently, so a sequential build loads each grammar once and a parallel one at most once per thread.
/// </summary>
internal sealed class GrammarPool(GrammarFactory factory, string scopeName)
{
    private readonly ConcurrentBag<GrammarLineTokenizer> _idle = [];

    public Lease Rent() => new(this, _idle.TryTake(out var tokenizer) ? tokenizer : factory.Create(scopeName));

    /// <summary>A borrowed tokenizer; disposing it hands the tokenizer back to the pool.</summary>
    public readonly struct Lease(GrammarPool pool, GrammarLineTokenizer tokenizer) : IDisposable
    {
        public GrammarLineTokenizer Tokenizer => tokenizer;

        public void Dispose() => pool._idle.Add(tokenizer);
    }
}

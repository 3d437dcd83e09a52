using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// Loads grammars from TextMateSharp.Grammars' embedded set. The package index is read once, on first use;
/// every tokenizer gets its own <see cref="Registry"/> so no grammar object is ever shared between threads.
/// </summary>
internal sealed class GrammarFactory
{
    // The theme is required by the registry but unused: colours come from our CSS classes.
    private readonly Lazy<RegistryOptions> _options = new(() => new RegistryOptions(ThemeName.LightPlus));

    public GrammarLineTokenizer Create(string scopeName)
    {
        var grammar = new Registry(_options.Value).LoadGrammar(scopeName)
            ?? throw new InvalidOperationException($"TextMateSharp.Grammars has no grammar for scope '{scopeName}'.");
        return new GrammarLineTokenizer(grammar);
    }
}

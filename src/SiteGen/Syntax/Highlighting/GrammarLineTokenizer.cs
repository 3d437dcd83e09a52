using TextMateSharp.Grammars;

namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// One loaded TextMate grammar that classifies a line at a time. Not thread-safe: TextMateSharp compiles
/// rules lazily and caches each regex's last search without a lock, and the scope cache here is a plain
/// dictionary, so a <see cref="GrammarPool"/> hands each instance to one thread at a time.
/// </summary>
internal sealed class GrammarLineTokenizer(IGrammar grammar)
{
    // Editors stop tokenizing very long lines too: the cost grows with line length times patterns,
    // and such lines are minified data nobody reads. They are written plain.
    internal const int MaxTokenizedLineLength = 5000;

    private const string YamlKeySeparatorScope = "punctuation.separator.key-value.mapping.yaml";

    private readonly ScopeClassifier _classifier = new();

    /// <summary>Writes a kind for every character of <paramref name="line"/> and returns the state the next line starts in.</summary>
    public IStateStack? TokenizeLine(string line, IStateStack? state, Span<TokenKind> kinds)
    {
        if (line.Length > MaxTokenizedLineLength)
        {
            return state;
        }

        // No time limit: a limit would make the output depend on machine load.
        var result = grammar.TokenizeLine(line, state, TimeSpan.MaxValue);
        var tokens = result.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // TextMate tokenizes the line with a "\n" appended; the last token may reach past the text.
            var start = Math.Min(tokens[i].StartIndex, line.Length);
            var end = Math.Min(tokens[i].EndIndex, line.Length);
            if (end <= start)
            {
                continue;
            }

            var kind = _classifier.Classify(tokens[i].Scopes, line.AsSpan(start, end - start));
            if (kind != TokenKind.None && i + 1 < tokens.Length && IsYamlKeySeparator(tokens[i + 1]))
            {
                // The YAML grammar reads keys such as "on:" or "yes:" as booleans; before ":" they are keys.
                kind = TokenKind.Variable;
            }

            kinds[start..end].Fill(kind);
        }

        return result.RuleStack;
    }

    private static bool IsYamlKeySeparator(IToken token) =>
        token.Scopes.Count > 0 && token.Scopes[^1] == YamlKeySeparatorScope;
}

namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// Turns a TextMate token's scope stack (e.g. "source.python meta.function.python entity.name.function.python")
/// into one <see cref="TokenKind"/>. The innermost scope that a rule knows wins; scopes no rule knows
/// (meta.*, most punctuation) are transparent, so a string's quote marks take the colour of the string.
/// Not thread-safe: each <see cref="GrammarLineTokenizer"/> owns one, with its own cache.
/// </summary>
internal sealed class ScopeClassifier
{
    // Ordered: for one scope the first matching prefix wins, so specific rules precede general ones.
    private static readonly ScopeRule[] Rules =
    [
        new("comment", TokenKind.Comment),
        new("entity.name.function.decorator", TokenKind.Decorator),
        new("support.type.property-name", TokenKind.Variable),
        new("entity.name.tag.yaml", TokenKind.Variable),
        new("entity.name.tag", TokenKind.Tag),
        new("entity.other.attribute-name", TokenKind.Attribute),
        new("entity.name.function", TokenKind.Function),
        new("support.function.magic", TokenKind.Function),
        new("meta.function-call.generic", TokenKind.Function),
        new("entity.name.type", TokenKind.Type),
        new("entity.name.class", TokenKind.Type),
        new("entity.other.inherited-class", TokenKind.Type),
        new("support.type", TokenKind.Type),
        new("support.class", TokenKind.Type),
        new("support.function", TokenKind.Type),
        new("support.constant", TokenKind.Number),
        new("storage.type.number", TokenKind.Number),
        new("storage.type.string", TokenKind.String),
        new("constant.character.format.placeholder", TokenKind.Punctuation),
        new("constant", TokenKind.Number),
        new("string", TokenKind.String),
        // "and", "not", "is" are operators in Python's grammar but read as keywords; "=", "|", "&&" are punctuation.
        new("keyword.operator", TokenKind.Punctuation, WordKind: TokenKind.Keyword),
        new("keyword", TokenKind.Keyword),
        new("storage", TokenKind.Keyword),
        new("variable.language", TokenKind.Keyword),
        new("variable.other.normal", TokenKind.Variable),
        new("variable.other.bracket", TokenKind.Variable),
        new("variable.other.positional", TokenKind.Variable),
        new("variable.other.special", TokenKind.Variable),
        new("punctuation.definition.tag", TokenKind.Punctuation),
        new("punctuation.definition.block.sequence.item", TokenKind.Punctuation),
        new("entity.other.document", TokenKind.Punctuation),
    ];

    private readonly Dictionary<string, ScopeRule?> _ruleByScope = new(StringComparer.Ordinal);

    public TokenKind Classify(IReadOnlyList<string> scopes, ReadOnlySpan<char> text)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (RuleFor(scopes[i]) is { } rule)
            {
                return rule.WordKind is { } wordKind && IsWord(text) ? wordKind : rule.Kind;
            }
        }

        return TokenKind.None;
    }

    private ScopeRule? RuleFor(string scope)
    {
        if (!_ruleByScope.TryGetValue(scope, out var rule))
        {
            rule = Array.Find(Rules, r => r.Matches(scope));
            _ruleByScope[scope] = rule;
        }

        return rule;
    }

    private static bool IsWord(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    private sealed record ScopeRule(string Prefix, TokenKind Kind, TokenKind? WordKind = null)
    {
        // "string" matches "string" and "string.quoted.double.json", never "stringy".
        public bool Matches(string scope) =>
            scope.StartsWith(Prefix, StringComparison.Ordinal)
            && (scope.Length == Prefix.Length || scope[Prefix.Length] == '.');
    }
}

namespace SiteGen.Syntax.Highlighting;

/// <summary>Assigns a <see cref="TokenKind"/> to every character of a code block in one language.</summary>
internal interface ILanguageClassifier
{
    /// <summary>Fills <paramref name="kinds"/> (as long as <paramref name="code"/>, all <see cref="TokenKind.None"/> on entry).</summary>
    void Classify(string code, Span<TokenKind> kinds);
}

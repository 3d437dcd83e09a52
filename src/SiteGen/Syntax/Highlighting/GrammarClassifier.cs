using TextMateSharp.Grammars;

namespace SiteGen.Syntax.Highlighting;

/// <summary>Classifies a whole code block with one TextMate grammar (python, bash, json, yaml, xml).</summary>
internal sealed class GrammarClassifier(GrammarPool grammar) : ILanguageClassifier
{
    public void Classify(string code, Span<TokenKind> kinds)
    {
        using var lease = grammar.Rent();
        IStateStack? state = null;
        foreach (var line in TextLine.Split(code))
        {
            state = lease.Tokenizer.TokenizeLine(
                code.Substring(line.Start, line.Length), state, kinds.Slice(line.Start, line.Length));
        }
    }
}

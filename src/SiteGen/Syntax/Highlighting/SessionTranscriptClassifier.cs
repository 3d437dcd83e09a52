using TextMateSharp.Grammars;

namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// Classifies a transcript of an interactive session (console, pycon): prompts as punctuation, typed input
/// with the language's grammar, output left plain.
/// </summary>
internal sealed class SessionTranscriptClassifier(GrammarPool grammar, SessionPrompt prompt) : ILanguageClassifier
{
    public void Classify(string code, Span<TokenKind> kinds)
    {
        using var lease = grammar.Rent();
        IStateStack? state = null;
        var askedForMore = false;
        foreach (var line in TextLine.Split(code))
        {
            var promptLength = prompt.Match(code.AsSpan(line.Start, line.Length), askedForMore, out var continuesCommand);
            if (promptLength < 0)
            {
                state = null;
                askedForMore = false;
                continue;
            }

            MarkPrompt(code, line.Start, promptLength, kinds);
            if (!continuesCommand)
            {
                state = null;
            }

            var input = code.Substring(line.Start + promptLength, line.Length - promptLength);
            state = lease.Tokenizer.TokenizeLine(input, state, kinds.Slice(line.Start + promptLength, input.Length));
            askedForMore = prompt.AsksForMore(input);
        }
    }

    private static void MarkPrompt(string code, int start, int length, Span<TokenKind> kinds)
    {
        for (var i = start; i < start + length; i++)
        {
            kinds[i] = char.IsWhiteSpace(code[i]) ? TokenKind.None : TokenKind.Punctuation;
        }
    }
}

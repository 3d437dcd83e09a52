namespace SiteGen.Syntax.Highlighting;

/// <summary>
/// Classifies HTML that may contain Django/Jinja template regions. The HTML grammar knows nothing of them
/// (a "{{" inside &lt;script&gt; would even derail its JavaScript), so each region is first blanked to
/// spaces of the same length, the HTML is tokenized, and the regions are classified on top.
/// </summary>
internal sealed class TemplateHtmlClassifier(GrammarPool htmlGrammar) : ILanguageClassifier
{
    private readonly GrammarClassifier _html = new(htmlGrammar);

    public void Classify(string code, Span<TokenKind> kinds)
    {
        var regions = TemplateTagScanner.Scan(code);
        _html.Classify(regions.Count == 0 ? code : Blank(code, regions), kinds);
        foreach (var region in regions)
        {
            TemplateTagLexer.Classify(code, region, kinds);
        }
    }

    // Line breaks are kept so that lines, and the grammar's state across them, stay where they were.
    private static string Blank(string code, List<TemplateRegion> regions) =>
        string.Create(code.Length, (code, regions), static (buffer, source) =>
        {
            source.code.CopyTo(buffer);
            foreach (var region in source.regions)
            {
                foreach (ref var c in buffer.Slice(region.Start, region.Length))
                {
                    if (c is not ('\n' or '\r'))
                    {
                        c = ' ';
                    }
                }
            }
        });
}

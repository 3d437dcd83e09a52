namespace SiteGen.Syntax.Markdown.ScrollRegions;

/// <summary>
/// Numbers the scrollable regions (code blocks, tables) of one page. Each is a focusable role="region"
/// so a keyboard can reach and scroll it, and a region is a landmark: axe's landmark-unique wants every
/// landmark of a page to have its own name, so "Python code 1" and "Python code 2", not two "Python code".
/// One instance per page render; not thread-safe (a page renders on one thread).
/// </summary>
public sealed class ScrollRegionNames
{
    private int _codeBlocks;
    private int _tables;

    /// <summary>"Python code, example 3": the language label and the block's number on the page.</summary>
    public string NextCodeBlock(string languageLabel) =>
        $"{languageLabel} code, example {(++_codeBlocks).ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>"Table 2".</summary>
    public string NextTable() => "Table " + (++_tables).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

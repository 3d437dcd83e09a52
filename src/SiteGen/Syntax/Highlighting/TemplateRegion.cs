namespace SiteGen.Syntax.Highlighting;

/// <summary>A span of HTML source that belongs to the template language, not to HTML.</summary>
internal readonly record struct TemplateRegion(int Start, int Length, TemplateRegionKind Kind)
{
    public int End => Start + Length;
}

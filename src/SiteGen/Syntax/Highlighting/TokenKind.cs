namespace SiteGen.Syntax.Highlighting;

/// <summary>The small, fixed set of meanings a highlighted character can have; each maps to one CSS class.</summary>
internal enum TokenKind : byte
{
    None,
    Keyword,
    String,
    Comment,
    Number,
    Function,
    Type,
    Decorator,
    Tag,
    Attribute,
    Punctuation,
    TemplateDelimiter,
    Variable,
}

namespace SiteGen.Syntax.Highlighting;

/// <summary>The CSS class written for each <see cref="TokenKind"/>; theme/assets/css/highlight.css colours them.</summary>
internal static class TokenKindCssClasses
{
    public static string? CssClass(this TokenKind kind) => kind switch
    {
        TokenKind.Keyword => "hl-k",
        TokenKind.String => "hl-s",
        TokenKind.Comment => "hl-c",
        TokenKind.Number => "hl-n",
        TokenKind.Function => "hl-f",
        TokenKind.Type => "hl-t",
        TokenKind.Decorator => "hl-d",
        TokenKind.Tag => "hl-tag",
        TokenKind.Attribute => "hl-attr",
        TokenKind.Punctuation => "hl-p",
        TokenKind.TemplateDelimiter => "hl-tpl",
        TokenKind.Variable => "hl-v",
        _ => null,
    };
}

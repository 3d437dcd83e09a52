using System.Text;
using Markdig.Syntax.Inlines;

namespace SiteGen.Syntax.Markdown;

/// <summary>The plain text of an inline tree (a heading's text without markup), as a reader sees it.</summary>
public static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null) return string.Empty;
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container) Append(child, text);
                break;
        }
    }
}

using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Syntax.Markdown.HeadingAnchors;

/// <summary>
/// Writes a heading as Markdig does, plus a trailing "#" link to itself whose accessible name is the
/// heading's text, so readers can copy a link to any section.
/// </summary>
public sealed class HeadingAnchorRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
        var id = heading.TryGetAttributes()?.Id;
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        if (heading.Level >= 2 && !string.IsNullOrEmpty(id))
        {
            renderer.Write(HeadingAnchor.Html(id, InlineText.Of(heading.Inline)));
        }
        renderer.Write("</").Write(tag).WriteLine(">");
        renderer.EnsureLine();
    }
}

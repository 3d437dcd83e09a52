using System.Text;
using Markdig.Renderers;
using Markdig.Syntax;
using SiteGen.Comparison;

namespace SiteGen.Emit;

/// <summary>Renders dataset texts for one page: links rewritten relative to that page, raw HTML as text.</summary>
public sealed class DataTextRenderer
{
    private readonly StringBuilder _html = new();
    private readonly HtmlRenderer _renderer;

    public DataTextRenderer(PageRenderContext page, IReadOnlyDictionary<string, string> resolvedLinks)
    {
        _renderer = ContentRenderer.CreateForData(new StringWriter(_html), page, resolvedLinks);
    }

    /// <summary>The text's HTML; a text of one paragraph is written without its &lt;p&gt;, to sit inside a table cell.</summary>
    public string Render(DataText text)
    {
        _html.Clear();
        if (text.Document is [ParagraphBlock paragraph]) _renderer.WriteLeafInline(paragraph);
        else _renderer.Render(text.Document);
        _renderer.Writer.Flush();
        return _html.ToString().Trim();
    }
}

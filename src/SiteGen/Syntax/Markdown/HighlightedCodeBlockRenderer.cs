using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Syntax.Highlighting;
using SiteGen.Syntax.Markdown.ScrollRegions;

namespace SiteGen.Syntax.Markdown;

/// <summary>
/// Renders code blocks as &lt;pre&gt;&lt;code class="language-x"&gt; with highlighting spans from
/// <see cref="CodeHighlighter"/>; unknown languages are written as escaped plain text. Each block sits in a
/// frame whose header shows its language (no script needed) and keeps room for the copy button site.js
/// adds, so the button shifts nothing; the &lt;pre&gt; is a named, focusable region, scrollable by keyboard.
/// </summary>
/// <param name="customBlocks">Renders fenced blocks that are not code (a ```comparison table); null means "code".</param>
/// <param name="regions">Numbers the page's scrollable regions; null gives the renderer numbering of its own.</param>
public sealed class HighlightedCodeBlockRenderer(HighlightCache highlights, Func<FencedCodeBlock, string?>? customBlocks = null, ScrollRegionNames? regions = null)
    : HtmlObjectRenderer<CodeBlock>
{
    private readonly ScrollRegionNames _regions = regions ?? new ScrollRegionNames();

    /// <summary>A renderer with a cache of its own, for pipelines set up without a build's cache.</summary>
    public HighlightedCodeBlockRenderer()
        : this(HighlightCache.InMemory())
    {
    }

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block is FencedCodeBlock fenced && customBlocks?.Invoke(fenced) is { } custom)
        {
            renderer.EnsureLine();
            renderer.Write(custom);
            renderer.EnsureLine();
            return;
        }

        var info = (block as FencedCodeBlock)?.Info?.Trim();
        var language = CodeHighlighter.NormalizeLanguage(info) ?? info;
        var code = block.Lines.ToString();

        var label = LanguageLabels.For(language);

        renderer.EnsureLine();
        renderer.Write("<div class=\"code-frame\"><div class=\"code-header\"><span class=\"code-language\">").WriteEscape(label).Write("</span></div>");
        renderer.Write("<pre class=\"code-block\"");
        if (!string.IsNullOrEmpty(language))
        {
            renderer.Write(" data-language=\"").WriteEscape(language).Write('"');
        }
        renderer.Write(" tabindex=\"0\" role=\"region\" aria-label=\"").WriteEscape(_regions.NextCodeBlock(label)).Write("\"><code");
        if (!string.IsNullOrEmpty(language))
        {
            renderer.Write(" class=\"language-").WriteEscape(language).Write('"');
        }
        renderer.Write('>');
        if (highlights.Highlight(language, code) is { } html)
        {
            renderer.Write(html);
        }
        else
        {
            renderer.WriteEscape(code);
        }
        renderer.Write("</code></pre></div>");
        renderer.EnsureLine();
    }
}

using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SiteGen.Syntax.Highlighting;

namespace SiteGen.Syntax.Markdown;

/// <summary>
/// Renders code blocks as &lt;pre&gt;&lt;code class="language-x"&gt; with highlighting spans from
/// <see cref="CodeHighlighter"/>; unknown languages are written as escaped plain text.
/// </summary>
/// <param name="customBlocks">Renders fenced blocks that are not code (a ```comparison table); null means "code".</param>
public sealed class HighlightedCodeBlockRenderer(HighlightCache highlights, Func<FencedCodeBlock, string?>? customBlocks = null)
    : HtmlObjectRenderer<CodeBlock>
{
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

        renderer.EnsureLine();
        renderer.Write("<pre class=\"code-block\"");
        if (!string.IsNullOrEmpty(language))
        {
            renderer.Write(" data-language=\"").WriteEscape(language).Write('"');
        }
        renderer.Write(" tabindex=\"0\"><code");
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
        renderer.Write("</code></pre>");
        renderer.EnsureLine();
    }
}

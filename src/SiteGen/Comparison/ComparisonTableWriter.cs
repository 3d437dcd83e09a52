using System.Net;
using System.Text;
using SiteGen.Emit;
using SiteGen.Security;
using SiteGen.Syntax.Markdown.HeadingAnchors;

namespace SiteGen.Comparison;

/// <summary>
/// Writes comparison tables as accessible HTML: a caption, column headers per framework, one row per
/// dimension with a row header, each verdict with its note behind a disclosure, and links to the
/// sections that explain the row. The same markup serves chapter tables and the comparison page.
/// </summary>
public static class ComparisonTableWriter
{
    /// <summary>A table embedded in a chapter; row titles link to the row on the comparison page.</summary>
    /// <param name="href">The href of a site path from the page that shows the table.</param>
    public static string Table(ComparisonSelection selection, Func<string, string> href, DataTextRenderer texts)
    {
        var html = new StringBuilder();
        WriteTable(html, selection, href, texts, onComparisonPage: false);
        return html.ToString();
    }

    /// <summary>The comparison page body: one section and table per category, every row with an anchor.</summary>
    public static string Page(ComparisonDataset dataset, string rootPrefix, DataTextRenderer texts)
    {
        var html = new StringBuilder();
        foreach (var (category, dimensions) in dataset.ByCategory())
        {
            html.Append("<section class=\"comparison-category\" data-category=\"").Append(Encode(category.Id)).Append("\" aria-labelledby=\"category-")
                .Append(Encode(category.Id)).Append("\">\n<h2 id=\"category-").Append(Encode(category.Id)).Append("\">").Append(Encode(category.Title)).Append(HeadingAnchor.Html("category-" + category.Id, category.Title)).Append("</h2>\n");
            var caption = $"{string.Join(" vs ", dataset.Frameworks.Select(f => f.Name))}: {category.Title}";
            WriteTable(html, new ComparisonSelection(dimensions, dataset.Frameworks, caption), path => rootPrefix + path, texts, onComparisonPage: true);
            html.Append("</section>\n");
        }
        return html.ToString();
    }

    private static void WriteTable(StringBuilder html, ComparisonSelection selection, Func<string, string> href, DataTextRenderer texts, bool onComparisonPage)
    {
        html.Append("<div class=\"comparison\">\n<table class=\"comparison-table\">\n<caption>").Append(Encode(selection.Caption)).Append("</caption>\n");
        html.Append("<thead>\n<tr><th scope=\"col\">Topic</th>");
        foreach (var framework in selection.Frameworks)
        {
            html.Append("<th scope=\"col\">").Append(Encode(framework.Name));
            if (framework.Version.Length > 0) html.Append(" <span class=\"comparison-version\">").Append(Encode(framework.Version)).Append("</span>");
            html.Append("</th>");
        }
        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var dimension in selection.Dimensions)
        {
            html.Append("<tr");
            if (onComparisonPage) html.Append(" id=\"").Append(Encode(dimension.Id)).Append('"');
            html.Append(" data-dimension=\"").Append(Encode(dimension.Id)).Append("\" data-category=\"").Append(Encode(dimension.CategoryId)).Append("\">\n");
            WriteRowHeader(html, dimension, href, onComparisonPage);
            foreach (var framework in selection.Frameworks)
            {
                html.Append("<td data-label=\"").Append(Encode(framework.Name)).Append("\">");
                if (dimension.Values.TryGetValue(framework.Id, out var value))
                {
                    html.Append("<div class=\"comparison-verdict\">").Append(texts.Render(value.Verdict)).Append("</div>");
                    if (value.Note is not null)
                    {
                        html.Append("<details class=\"comparison-note\"><summary>More<span class=\"visually-hidden\"> on ")
                            .Append(Encode(framework.Name)).Append(": ").Append(Encode(dimension.Title)).Append("</span></summary><div>")
                            .Append(texts.Render(value.Note)).Append("</div></details>");
                    }
                }
                html.Append("</td>\n");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void WriteRowHeader(StringBuilder html, Dimension dimension, Func<string, string> href, bool onComparisonPage)
    {
        var topic = onComparisonPage ? "#" + dimension.Id : href($"{ComparisonPage.SitePath}#{dimension.Id}");
        html.Append("<th scope=\"row\"><a class=\"comparison-topic\" href=\"").Append(Encode(topic)).Append("\">").Append(Encode(dimension.Title)).Append("</a>");
        if (dimension.SeeLinks.Count > 0)
        {
            html.Append("<ul class=\"comparison-see\" aria-label=\"Explained in\">");
            foreach (var see in dimension.SeeLinks)
            {
                html.Append("<li><a href=\"").Append(Encode(href(see.SitePath))).Append("\">").Append(Encode(see.Label)).Append("</a></li>");
            }
            html.Append("</ul>");
        }
        if (onComparisonPage && dimension.Sources.Count > 0)
        {
            html.Append("<ul class=\"comparison-sources\" aria-label=\"Official documentation\">");
            foreach (var source in dimension.Sources)
            {
                html.Append("<li><a href=\"").Append(Encode(UrlPolicy.Enforce(source))).Append("\" rel=\"noopener\" class=\"external\">").Append(Encode(SourceLabel(source))).Append("</a></li>");
            }
            html.Append("</ul>");
        }
        html.Append("</th>\n");
    }

    /// <summary>A short label for a documentation URL: its host and last path segment.</summary>
    private static string SourceLabel(string url)
    {
        var uri = new Uri(url);
        var segments = uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var last = segments.Length > 0 ? segments[^1].Replace(".html", "", StringComparison.Ordinal) : string.Empty;
        var host = uri.Host.Replace("www.", "", StringComparison.Ordinal);
        return last.Length > 0 && !char.IsDigit(last[0]) ? $"{host}: {last}" + (uri.Fragment.Length > 1 ? $" ({uri.Fragment[1..]})" : "") : host;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

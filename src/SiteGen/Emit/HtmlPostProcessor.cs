using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Html;

namespace SiteGen.Emit;

/// <summary>
/// The AngleSharp pass over a page body: enforces the HTML policy where a chapter contains raw HTML,
/// adds self-links to headings and marks external links rel="noopener".
/// </summary>
public static class HtmlPostProcessor
{
    private static readonly HtmlParser Parser = new();

    public static string Process(string bodyHtml, bool sanitize, string? siteHost)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><head></head><body>" + bodyHtml + "</body></html>");
        var body = document.Body!;
        if (sanitize)
        {
            ContentSanitizer.Create().SanitizeDom(document, body);
        }
        AddHeadingSelfLinks(document, body);
        MarkExternalLinks(body, siteHost);
        LabelTaskListCheckboxes(document, body);
        return body.InnerHtml;
    }

    private static void AddHeadingSelfLinks(IHtmlDocument document, IElement body)
    {
        foreach (var heading in body.QuerySelectorAll("h2[id], h3[id], h4[id], h5[id], h6[id]"))
        {
            var anchor = document.CreateElement("a");
            anchor.ClassName = "heading-anchor";
            anchor.SetAttribute("href", "#" + heading.Id);
            anchor.SetAttribute("aria-label", "Permalink: " + heading.TextContent.Trim());
            anchor.TextContent = "#";
            heading.AppendChild(anchor);
        }
    }

    /// <summary>
    /// Markdig writes a task item as a bare checkbox followed by its text; wrapping both in a label gives
    /// the checkbox an accessible name (axe: "Form elements must have labels").
    /// </summary>
    private static void LabelTaskListCheckboxes(IHtmlDocument document, IElement body)
    {
        foreach (var checkbox in body.QuerySelectorAll("li.task-list-item > input[type=checkbox]"))
        {
            var label = document.CreateElement("label");
            var item = checkbox.ParentElement!;
            item.InsertBefore(label, checkbox);
            for (INode? node = checkbox; node is not null && !IsBlock(node);)
            {
                var next = node.NextSibling;
                label.AppendChild(node);
                node = next;
            }
        }
    }

    private static bool IsBlock(INode node) =>
        node is IElement element && element.LocalName is "p" or "ul" or "ol" or "div" or "pre" or "blockquote" or "table";

    private static void MarkExternalLinks(IElement body, string? siteHost)
    {
        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) continue;
            if (siteHost is not null && string.Equals(uri.Host, siteHost, StringComparison.OrdinalIgnoreCase)) continue;
            link.SetAttribute("rel", "noopener");
            link.ClassList.Add("external");
        }
    }
}

using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Syntax.Markdown.ScrollRegions;

/// <summary>
/// Renders a pipe table inside &lt;div class="table-scroll" role="region" tabindex="0" aria-label="Table n"&gt;:
/// a wide table scrolls sideways in its own box (the theme draws a shadow on the side that has more), and
/// the box is reachable and scrollable by keyboard without any script (axe's scrollable-region-focusable).
/// An empty header cell (the corner of a "| | Flask | Django |" table) is written as &lt;td&gt;: a header
/// with no text names nothing (axe's empty-table-header).
/// </summary>
public sealed class ScrollableTableRenderer(ScrollRegionNames names) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").Write(names.NextTable()).WriteLine("\">");
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        var section = TableSection.None;
        foreach (var row in table.OfType<TableRow>())
        {
            var wanted = row.IsHeader && section != TableSection.Body ? TableSection.Head : TableSection.Body;
            if (wanted != section)
            {
                if (section == TableSection.Head) renderer.WriteLine("</thead>");
                renderer.WriteLine(wanted == TableSection.Head ? "<thead>" : "<tbody>");
                section = wanted;
            }

            renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
            for (var i = 0; i < row.Count; i++)
            {
                WriteCell(renderer, table, (TableCell)row[i], i, row.IsHeader);
            }
            renderer.WriteLine("</tr>");
        }

        if (section != TableSection.None) renderer.WriteLine(section == TableSection.Head ? "</thead>" : "</tbody>");
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    private static void WriteCell(HtmlRenderer renderer, Table table, TableCell cell, int position, bool headerRow)
    {
        var tag = headerRow && !IsEmpty(cell) ? "th" : "td";
        renderer.Write('<').Write(tag);
        if (headerRow && tag == "th") renderer.Write(" scope=\"col\"");
        if (cell.ColumnSpan != 1) renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        if (cell.RowSpan != 1) renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < table.ColumnDefinitions.Count ? cell.ColumnIndex : position;
        if (column < table.ColumnDefinitions.Count && table.ColumnDefinitions[column].Alignment is { } alignment)
        {
            renderer.Write(" style=\"text-align: ").Write(alignment switch
            {
                TableColumnAlign.Center => "center",
                TableColumnAlign.Right => "right",
                _ => "left",
            }).Write(";\"");
        }
        renderer.WriteAttributes(cell).Write('>');

        // A cell of one paragraph is written without its <p>, as Markdig's own table renderer does.
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = cell.Count == 1;
        renderer.WriteChildren(cell);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.Write("</").Write(tag).WriteLine(">");
    }

    private static bool IsEmpty(TableCell cell) =>
        cell.All(block => block is Markdig.Syntax.LeafBlock { Inline: null or { FirstChild: null } });

    private enum TableSection
    {
        None,
        Head,
        Body,
    }
}

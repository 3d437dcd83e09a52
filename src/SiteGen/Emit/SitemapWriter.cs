using System.Text;
using System.Xml;
using SiteGen.Binding;

namespace SiteGen.Emit;

/// <summary>Writes sitemap.xml (only when the site has a URL: a sitemap needs absolute URLs).</summary>
public static class SitemapWriter
{
    public static string Write(Uri siteUrl, string basePath, IEnumerable<Page> pages)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(new StringWriter(output), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages.Where(p => p.Kind is not (PageKind.NotFound or PageKind.Search or PageKind.Print)))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", AbsoluteUrl(siteUrl, basePath, page.SitePath));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return output.ToString().Replace("utf-16", "utf-8", StringComparison.Ordinal) + "\n";
    }

    public static string AbsoluteUrl(Uri siteUrl, string basePath, string sitePath) =>
        siteUrl.GetLeftPart(UriPartial.Authority) + basePath + sitePath;
}

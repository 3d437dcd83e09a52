using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SiteGen.BrowserTests.Print;

/// <summary>Prints a page to an A4 PDF as Chromium's print preview would, and counts the PDF's pages.</summary>
public static partial class PdfPages
{
    public static async Task<int> PrintAndCountAsync(IPage page)
    {
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
        return Count(pdf);
    }

    /// <summary>The number of page objects ("/Type /Page", not "/Type /Pages") in a PDF Chromium wrote.</summary>
    public static int Count(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}

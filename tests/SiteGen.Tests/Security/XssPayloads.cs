namespace SiteGen.Tests.Security;

/// <summary>
/// Payloads in the spirit of the OWASP XSS filter evasion cheat sheet, grouped by what they attack: a URL
/// (schemes hidden by case, entities, tabs, newlines and controls; data:, vbscript: and friends), raw HTML
/// (handlers, SVG and MathML, srcdoc, formaction, CSS url() and expression, parser confusion), and text that
/// tries to break out of an attribute or element. Shared by the static matrix and the browser matrix.
/// </summary>
public static class XssPayloads
{
    /// <summary>Script URLs, as an author could write them in a markdown link destination (no spaces, no angle brackets).</summary>
    public static readonly string[] Urls =
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(2)",
        "JAVASCRIPT:alert(3)",
        "java&#x09;script:alert(4)",
        "java&#x0A;script:alert(5)",
        "java&#x0D;script:alert(6)",
        "&#106;avascript:alert(7)",
        "&#x6A;avascript:alert(8)",
        "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(9)",
        "jav&#x61;script:alert(10)",
        "javascript&colon;alert(11)",
        "&#x20;javascript:alert(12)",
        "&#x01;javascript:alert(13)",
        "javascript://%0Aalert(14)",
        "vbscript:msgbox(15)",
        "VBScript:msgbox(16)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxNyk8L3NjcmlwdD4=",
        "DATA:text/html,%3Cscript%3Ealert(18)%3C/script%3E",
        "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTkpPjwvc3ZnPg==",
        "livescript:alert(20)",
        "mocha:alert(21)",
        "jar:javascript:alert(22)!/",
        "view-source:javascript:alert(23)",
        "feed:javascript:alert(24)",
    ];

    /// <summary>Raw HTML an author could paste into a chapter.</summary>
    public static readonly string[] Html =
    [
        "<script>alert(101)</script>",
        "<SCRIPT SRC=//example.com/xss.js></SCRIPT>",
        "<img src=x onerror=alert(102)>",
        "<IMG SRC=\"javascript:alert(103)\">",
        "<img src=\"jav&#x09;ascript:alert(104)\">",
        "<img srcset=\"javascript:alert(105) 1x\">",
        "<svg onload=alert(106)>",
        "<svg><script>alert(107)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(108)\"><text x=\"0\" y=\"20\">svg link</text></a></svg>",
        "<svg><animate attributeName=\"href\" values=\"javascript:alert(109)\"/></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(110)>",
        "<math href=\"javascript:alert(111)\">math link</math>",
        "<iframe srcdoc=\"<script>alert(112)</script>\"></iframe>",
        "<iframe src=\"javascript:alert(113)\"></iframe>",
        "<a href=\"javascript:alert(114)\">raw link</a>",
        "<a href=\" &#14;  javascript:alert(115)\">raw spaced link</a>",
        "<a href=\"java\tscript:alert(116)\">raw tab link</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxMTcpPC9zY3JpcHQ+\">raw data link</a>",
        "<form action=\"javascript:alert(118)\"><button formaction=\"javascript:alert(119)\">go</button></form>",
        "<input type=\"image\" src=\"x\" onerror=\"alert(120)\">",
        "<video poster=\"javascript:alert(121)\"><source src=\"x\" onerror=\"alert(122)\"></video>",
        "<div style=\"background:url(javascript:alert(123))\">styled</div>",
        "<div style=\"width: expression(alert(124))\">expression</div>",
        "<object data=\"javascript:alert(125)\"></object>",
        "<embed src=\"javascript:alert(126)\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(127)\">",
        "<base href=\"javascript:alert(128)//\">",
        "<link rel=\"stylesheet\" href=\"javascript:alert(129)\">",
        "<details open ontoggle=\"alert(130)\"><summary>x</summary></details>",
        "<body onload=alert(131)>",
        "<table background=\"javascript:alert(132)\"><tr><td>cell</td></tr></table>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(133)>\"></noscript>",
        "<!--<img src=\"--><img src=x onerror=alert(134)//\">",
        "<style>@import 'javascript:alert(135)';</style>",
        "<template><script>alert(136)</script></template>",
        "<x onclick=alert(137)>custom element</x>",
        "<p onmouseover=\"alert(138)\">hover</p>",
        "<span style=\"behavior:url(x.htc)\" onfocus=\"alert(139)\" tabindex=\"0\">focus</span>",
    ];

    /// <summary>Text that tries to leave the element or attribute it is written into.</summary>
    public static readonly string[] Text =
    [
        "\"><script>alert(201)</script>",
        "'><img src=x onerror=alert(202)>",
        "</title><script>alert(203)</script>",
        "\" onmouseover=\"alert(204)",
        "<svg/onload=alert(205)>",
        "</textarea><script>alert(206)</script>",
        "{{constructor.constructor('alert(207)')()}}",
        "javascript:alert(208)",
    ];

    public static int Count => Urls.Length + Html.Length + Text.Length;
}

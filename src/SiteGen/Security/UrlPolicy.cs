using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Text;

namespace SiteGen.Security;

/// <summary>
/// The one policy for every URL an author writes, whatever the channel: markdown links, autolinks, images,
/// reference definitions, raw-HTML attributes, dataset text and guide.yml. A URL is allowed when it is
/// relative or its scheme is http, https or mailto. The scheme is read the way a browser reads it: after
/// entities are decoded, leading C0 controls and spaces are dropped and tabs and newlines removed anywhere,
/// so <c>java&amp;#x09;script:</c> and <c> JaVaScRiPt:</c> are both seen as <c>javascript:</c>.
/// </summary>
public static partial class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>What a refused URL is written as: a link to the top of the current page, which runs nothing.</summary>
    public const string InertUrl = "#";

    /// <summary>The scheme a browser would see in <paramref name="url"/> (lower case), or null for a relative URL.</summary>
    public static string? SchemeOf(string url)
    {
        var normalized = Normalize(url);
        var colon = normalized.IndexOf(':');
        if (colon <= 0) return null;
        for (var i = 0; i < colon; i++)
        {
            var c = normalized[i];
            var valid = char.IsAsciiLetter(c) || (i > 0 && (char.IsAsciiDigit(c) || c is '+' or '-' or '.'));
            // A '/', '?' or '#' before the colon makes it part of a relative path, query or fragment.
            if (!valid) return null;
        }
        return normalized[..colon].ToLowerInvariant();
    }

    /// <summary>True when the URL may be published: relative, or with an allowed scheme.</summary>
    public static bool IsAllowed(string url) => SchemeOf(url) is not { } scheme || AllowedSchemes.Contains(scheme);

    /// <summary>The URL itself when allowed, otherwise <see cref="InertUrl"/>.</summary>
    public static string Enforce(string url) => IsAllowed(url) ? url : InertUrl;

    /// <summary>The allowed schemes, for messages and documentation.</summary>
    public static IReadOnlyList<string> Schemes => AllowedSchemes;

    /// <summary>
    /// Decodes character references as a browser does inside an attribute: numeric ones also without their
    /// semicolon (<c>&amp;#0000106</c>), and the HTML5 names that spell URL punctuation, which .NET's decoder lacks.
    /// </summary>
    private static string DecodeCharacterReferences(string text)
    {
        if (!text.Contains('&')) return text;
        var numeric = NumericReference().Replace(text, match =>
        {
            var digits = match.Groups[1].Value;
            var isHex = digits[0] is 'x' or 'X';
            if (!int.TryParse(isHex ? digits[1..] : digits, isHex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code) ||
                code is <= 0 or > 0x10FFFF || code is >= 0xD800 and <= 0xDFFF)
            {
                return "\uFFFD";
            }
            return char.ConvertFromUtf32(code);
        });
        return WebUtility.HtmlDecode(numeric
            .Replace("&colon;", ":", StringComparison.OrdinalIgnoreCase)
            .Replace("&Tab;", "\t", StringComparison.Ordinal)
            .Replace("&NewLine;", "\n", StringComparison.Ordinal));
    }

    [GeneratedRegex("&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,10});?")]
    private static partial Regex NumericReference();

    private static string Normalize(string url)
    {
        // Entities twice: once for text that reached us still encoded, once for double-encoded input
        // that a later decoding step (an attribute written back out) could turn live.
        var decoded = DecodeCharacterReferences(DecodeCharacterReferences(url));
        var builder = new StringBuilder(decoded.Length);
        var leading = true;
        foreach (var c in decoded)
        {
            // Browsers strip leading C0 controls and spaces, and remove ASCII tab and newlines everywhere.
            if (leading && c <= ' ') continue;
            leading = false;
            if (c is '\t' or '\n' or '\r') continue;
            // Other controls and invisible characters inside a scheme make it invalid for a browser, but a
            // conservative reading drops them too, so that no variant slips through as "relative".
            if (char.IsControl(c) || c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF') continue;
            builder.Append(c);
        }
        return builder.ToString();
    }
}

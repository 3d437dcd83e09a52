namespace SiteGen.Syntax;

/// <summary>The URL path a site is served under ("/" or "/repo-name/").</summary>
public static class BasePath
{
    /// <summary>Returns the path with one leading and one trailing slash, or null when it is not a plain path.</summary>
    public static string? Normalize(string value)
    {
        var trimmed = value.Trim().Trim('/');
        if (trimmed.Length == 0) return "/";
        var segments = trimmed.Split('/');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment is "." or ".." ||
                !segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~'))
            {
                return null;
            }
        }
        return "/" + trimmed + "/";
    }
}

using System.Globalization;
using System.Text;

namespace SiteGen.Examples;

/// <summary>
/// What a fence's info string says about running its block: ```` ```python {test=flask} ````,
/// `{test=skip reason="a fragment"}`, `{test=django timeout=60}`.
/// </summary>
public sealed record ExampleAttributes(string Test, string? Reason, int? TimeoutSeconds)
{
    public const string Skip = "skip";

    private static readonly string[] Keys = ["test", "reason", "timeout"];

    /// <summary>
    /// Reads the `{…}` after the language. Returns null with no problem when there are no braces (the block has
    /// not decided), and null with a problem when the braces hold something this reader refuses.
    /// </summary>
    public static ExampleAttributes? Parse(string? arguments, out string? problem)
    {
        problem = null;
        var text = arguments?.Trim() ?? string.Empty;
        if (!text.StartsWith('{')) return null;
        if (!text.EndsWith('}'))
        {
            problem = "the attributes must end with '}'";
            return null;
        }
        var pairs = ReadPairs(text[1..^1], out problem);
        if (pairs is null) return null;
        if (pairs.Keys.FirstOrDefault(key => !Keys.Contains(key)) is { } unknown)
        {
            problem = $"unknown attribute '{unknown}'; expected one of: {string.Join(", ", Keys)}";
            return null;
        }
        if (!pairs.TryGetValue("test", out var test) || test.Length == 0)
        {
            problem = "'test' is missing: write test=GROUP, or test=skip reason=\"…\"";
            return null;
        }
        pairs.TryGetValue("reason", out var reason);
        if (test == Skip && string.IsNullOrWhiteSpace(reason))
        {
            problem = "test=skip needs a reason, such as reason=\"a fragment\"";
            return null;
        }
        int? timeout = null;
        if (pairs.TryGetValue("timeout", out var timeoutText))
        {
            if (!int.TryParse(timeoutText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            {
                problem = $"'timeout' is a whole number of seconds, not '{timeoutText}'";
                return null;
            }
            timeout = seconds;
        }
        return new ExampleAttributes(test, reason, timeout);
    }

    /// <summary>`key=value` pairs separated by spaces; a value may be double-quoted to hold spaces.</summary>
    private static Dictionary<string, string>? ReadPairs(string text, out string? problem)
    {
        problem = null;
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (true)
        {
            while (i < text.Length && text[i] == ' ') i++;
            if (i == text.Length) return pairs;
            var equals = text.IndexOf('=', i);
            var space = text.IndexOf(' ', i);
            if (equals < 0 || (space >= 0 && space < equals))
            {
                problem = $"'{text[i..(space < 0 ? text.Length : space)]}' is not key=value";
                return null;
            }
            var key = text[i..equals];
            var value = new StringBuilder();
            i = equals + 1;
            if (i < text.Length && text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0)
                {
                    problem = $"the value of '{key}' has no closing quote";
                    return null;
                }
                value.Append(text, i + 1, close - i - 1);
                i = close + 1;
            }
            else
            {
                while (i < text.Length && text[i] != ' ') value.Append(text[i++]);
            }
            if (!pairs.TryAdd(key, value.ToString()))
            {
                problem = $"'{key}' is given twice";
                return null;
            }
        }
    }
}

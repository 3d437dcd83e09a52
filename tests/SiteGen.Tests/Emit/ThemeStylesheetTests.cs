using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Emit;

/// <summary>
/// The theme's stylesheets close every block where it opens. A browser never reports a missing brace: the rules
/// after it silently move inside the open block. An unclosed <c>@media print {</c> once hid the print page's and the
/// cheat sheet's screen styles (and the print page's content-visibility) from every screen.
/// </summary>
public sealed class ThemeStylesheetTests
{
    public static TheoryData<string> Stylesheets() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Theme, "assets", "css"), "*.css").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Stylesheets))]
    public void Every_block_closes_and_no_media_block_sits_inside_another(string file)
    {
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, "assets", "css", file));
        var depth = 0;
        var line = 1;
        for (var i = 0; i < css.Length; i++)
        {
            switch (css[i])
            {
                case '\n':
                    line++;
                    break;
                case '/' when i + 1 < css.Length && css[i + 1] == '*':
                    var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    Assert.True(end >= 0, $"{file}({line}): a comment that never ends");
                    line += css.AsSpan(i, end - i).Count('\n');
                    i = end + 1;
                    break;
                case '"' or '\'':
                    var close = css.IndexOf(css[i], i + 1);
                    Assert.True(close >= 0, $"{file}({line}): a string that never ends");
                    i = close;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    Assert.True(depth >= 0, $"{file}({line}): a '}}' that closes nothing");
                    break;
                case '@' when depth > 0 && string.CompareOrdinal(css, i, "@media", 0, 6) == 0:
                    Assert.Fail($"{file}({line}): a @media block inside another block (is a '}}' missing above?)");
                    break;
            }
        }
        Assert.True(depth == 0, $"{file}: {depth} block(s) left open at the end");
    }
}

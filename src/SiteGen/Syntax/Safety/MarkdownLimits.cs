using System.Buffers;
using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Syntax.Safety;

/// <summary>
/// A linear scan of a chapter's text before Markdig parses it, so that hostile input is refused with a
/// located error instead of running for minutes or failing inside the parser. Markdig's block nesting
/// and its emphasis and link matching cost more than linear time in the depth and in the number of
/// delimiters; a line nested deeper than <see cref="MaxNestingDepth"/> (SG1601), a paragraph with more
/// than <see cref="MaxDelimiterRuns"/> delimiter runs (SG1602) and every paragraph after the chapter's
/// <see cref="MaxDelimiterRunsPerFile"/> (SG1605) are blanked before parsing, keeping every other line where
/// it was, so positions stay right.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>Block quotes and list items one line can open, estimated from its markers and indentation.</summary>
    public const int MaxNestingDepth = 32;

    /// <summary>Runs of *, _, ~, [, ] and ` in one paragraph; a long paragraph of real prose has a few hundred.</summary>
    public const int MaxDelimiterRuns = 1000;

    /// <summary>
    /// Runs in the whole chapter. Matching costs about the square of a paragraph's runs, so this with
    /// <see cref="MaxDelimiterRuns"/> bounds a chapter's cost at about a second; a 2 MB chapter of prose has far fewer.
    /// </summary>
    public const int MaxDelimiterRunsPerFile = 100_000;

    /// <summary>The text Markdig may parse, and where the deepest nesting and the most delimiters are.</summary>
    public sealed record Result(string Text, (int Line, int Column, int Depth) Deepest, (int Line, int Runs) Busiest);

    public static Result Check(string text, string path, List<Diagnostic> diagnostics)
    {
        var lines = text.Split('\n');
        var blanked = new bool[lines.Length];
        var deepest = (Line: 0, Column: 0, Depth: 0);
        var busiest = (Line: 0, Runs: 0);
        var reportedDepthAt = -2;
        var paragraphStart = -1;
        var runs = 0;
        var fileRuns = 0;
        var overFileLimit = false;
        for (var i = 0; i <= lines.Length; i++)
        {
            if (i == lines.Length || lines[i].AsSpan().IsWhiteSpace())
            {
                EndParagraph(i);
                continue;
            }
            var (depth, column) = NestingDepth(lines[i]);
            if (depth > deepest.Depth) deepest = (i + 1, column, depth);
            if (depth > MaxNestingDepth)
            {
                blanked[i] = true;
                // One diagnostic for a block of consecutive too-deep lines (a 3,000-level list is one problem).
                if (reportedDepthAt != i - 1)
                {
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.MarkdownNestingTooDeep, Location.At(path, i + 1, column), depth, MaxNestingDepth));
                }
                reportedDepthAt = i;
            }
            if (paragraphStart < 0) paragraphStart = i;
            runs += DelimiterRuns(lines[i]);
        }
        return new Result(Rebuild(lines, blanked, text), deepest, busiest);

        void EndParagraph(int end)
        {
            if (paragraphStart < 0) return;
            if (runs > busiest.Runs) busiest = (paragraphStart + 1, runs);
            fileRuns += runs;
            if (runs > MaxDelimiterRuns)
            {
                var (line, column) = FindRun(lines, paragraphStart, MaxDelimiterRuns + 1);
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.MarkdownTooManyDelimiters, Location.At(path, line + 1, column), runs, MaxDelimiterRuns));
                for (var j = paragraphStart; j < end; j++) blanked[j] = true;
            }
            else if (overFileLimit || fileRuns > MaxDelimiterRunsPerFile)
            {
                // Reported once, where the chapter's budget ran out; the rest of the chapter is not built.
                if (!overFileLimit)
                {
                    var (line, column) = FindRun(lines, paragraphStart, runs - (fileRuns - MaxDelimiterRunsPerFile) + 1);
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.MarkdownTooManyDelimitersInFile, Location.At(path, line + 1, column), MaxDelimiterRunsPerFile));
                }
                overFileLimit = true;
                for (var j = paragraphStart; j < end; j++) blanked[j] = true;
            }
            paragraphStart = -1;
            runs = 0;
        }
    }

    /// <summary>
    /// An upper bound on the containers a line opens: each block-quote or list marker in its prefix opens
    /// one, and each two columns of indentation can reach one more level of an enclosing list. A line with
    /// no marker opens nothing, however deeply it is indented (code). Also returns the 1-based column at
    /// which the estimate first passes <see cref="MaxNestingDepth"/> (or the column after the prefix).
    /// </summary>
    private static (int Depth, int Column) NestingDepth(string line)
    {
        var markers = 0;
        var columns = 0;
        var overAt = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            var start = i;
            if (c == ' ') { columns++; i++; }
            else if (c == '\t') { columns += 4 - (columns % 4); i++; }
            else if (c == '>') { markers++; i++; }
            else if (MarkerLength(line, i) is > 0 and var length) { markers++; i += length; }
            else break;
            if (overAt == 0 && markers > 0 && markers + columns / 2 > MaxNestingDepth) overAt = start + 1;
        }
        return (markers == 0 ? 0 : markers + columns / 2, overAt > 0 ? overAt : i + 1);
    }

    /// <summary>The length of a list marker with its following space at <paramref name="i"/> (-, +, *, 1. or 1)), or 0.</summary>
    private static int MarkerLength(string line, int i)
    {
        var end = i;
        if (line[i] is '-' or '+' or '*') end = i + 1;
        else
        {
            while (end < line.Length && end - i < 9 && char.IsAsciiDigit(line[end])) end++;
            if (end == i || end >= line.Length || line[end] is not ('.' or ')')) return 0;
            end++;
        }
        return end == line.Length || line[end] is ' ' or '\t' ? end - i : 0;
    }

    private static bool IsDelimiter(char c) => c is '*' or '_' or '~' or '[' or ']' or '`';

    private static readonly SearchValues<char> Delimiters = SearchValues.Create("*[]_`~");

    /// <summary>The delimiter runs of one line, found by a vectorized search: every line of every chapter passes here.</summary>
    private static int DelimiterRuns(string line)
    {
        var count = 0;
        var i = line.AsSpan().IndexOfAny(Delimiters);
        while (i >= 0)
        {
            if (i == 0 || line[i - 1] != line[i]) count++;
            var next = line.AsSpan(i + 1).IndexOfAny(Delimiters);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return count;
    }

    /// <summary>The line (0-based) and column (1-based) where the <paramref name="n"/>th delimiter run from line <paramref name="start"/> begins.</summary>
    private static (int Line, int Column) FindRun(string[] lines, int start, int n)
    {
        var count = 0;
        for (var line = start; line < lines.Length; line++)
        {
            var text = lines[line];
            for (var i = 0; i < text.Length; i++)
            {
                if (IsDelimiter(text[i]) && (i == 0 || text[i - 1] != text[i]) && ++count == n) return (line, i + 1);
            }
        }
        return (start, 1);
    }

    private static string Rebuild(string[] lines, bool[] blanked, string text)
    {
        if (!blanked.Contains(true)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) builder.Append('\n');
            if (!blanked[i]) builder.Append(lines[i]);
        }
        return builder.ToString();
    }
}

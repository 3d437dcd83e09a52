using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Diagnostics;

namespace SiteGen.Examples;

/// <summary>
/// Maps a Python traceback back into the chapter: the innermost `File ".../example.py", line N` that falls inside
/// the block (not its group's prelude) becomes the chapter line the reader sees.
/// </summary>
public static partial class TracebackLocator
{
    public static Location? Find(string errors, ExampleBlock block, TestGroup group)
    {
        var codeLines = block.Code.Split('\n').Length;
        foreach (var frame in Frame().Matches(errors).Reverse())
        {
            if (Path.GetFileName(frame.Groups["file"].Value) != group.FileName) continue;
            var lineInBlock = int.Parse(frame.Groups["line"].Value, CultureInfo.InvariantCulture) - group.PreludeLines;
            if (lineInBlock < 1 || lineInBlock > codeLines) continue;
            var chapterLine = block.FirstCodeLine + lineInBlock - 1;
            return new Location(block.Fence.Path, chapterLine, 1, chapterLine, Math.Max(1, block.Code.Split('\n')[lineInBlock - 1].Length));
        }
        return null;
    }

    [GeneratedRegex(@"File ""(?<file>[^""]+)"", line (?<line>\d+)")]
    private static partial Regex Frame();
}

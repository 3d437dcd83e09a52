using SiteGen.Diagnostics;
using SiteGen.Sources;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Checks that every diagnostic points inside the file it names: line at most the file's line count and
/// column at most the line's length plus one. Shared by the property tests and the fuzz targets.
/// </summary>
public static class DiagnosticBounds
{
    public static void AssertInsideFiles(GuideProject project, IEnumerable<Diagnostic> diagnostics)
    {
        var texts = project.Chapters.Concat(project.DataFiles).Append(project.ProjectFile).ToDictionary(f => f.Path, f => f.Text, StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            if (location.StartLine == 0 || !texts.TryGetValue(location.Path, out var text)) continue;
            var lines = text.Split('\n');
            if (location.StartLine > lines.Length || location.StartColumn < 1 || location.StartColumn > lines[location.StartLine - 1].Length + 1)
            {
                throw new InvalidOperationException(
                    $"{diagnostic} lies outside its file ({lines.Length} lines, line {location.StartLine} has {(location.StartLine <= lines.Length ? lines[location.StartLine - 1].Length : -1)} characters)");
            }
        }
    }
}

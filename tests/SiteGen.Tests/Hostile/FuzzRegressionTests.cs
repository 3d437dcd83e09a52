using SiteGen.Sources;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Every input afl++ found that crashed a target (an exception, a page that failed to render, a diagnostic
/// outside its file), kept under Hostile/FuzzFindings/TARGET and replayed through the same target.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly string FindingsFolder = Path.Combine(RepositoryPaths.Root, "tests", "SiteGen.Tests", "Hostile", "FuzzFindings");

    public static TheoryData<string, string> Findings()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.EnumerateDirectories(FindingsFolder).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(folder), Path.GetFileName(file));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_saved_fuzz_finding_builds_without_a_crash(string target, string file)
    {
        using var temp = new TempFolder();
        using var fuzz = new FuzzTarget(target, temp.Combine("guide"), ThemeProject.Load(RepositoryPaths.Theme)!, SharedTheme.Renderer);

        fuzz.Run(File.ReadAllBytes(Path.Combine(FindingsFolder, target, file)));
    }
}

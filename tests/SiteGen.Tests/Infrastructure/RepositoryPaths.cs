namespace SiteGen.Tests.Infrastructure;

/// <summary>Finds the repository the tests run from, so they can use the real theme and guide.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Theme => Path.Combine(Root, "theme");

    public static string Guide => Path.Combine(Root, "guide");

    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The tests must run inside the SiteGen repository.");
    }
}

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>Finds the repository the tests run from, to build its real guide with its real theme.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The tests must run inside the SiteGen repository.");
    }
}

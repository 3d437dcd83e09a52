using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Examples;

/// <summary>A one-chapter guide whose chapter body starts on line 5 and whose guide.yml ends with the given `tests:`.</summary>
public static class ExampleGuides
{
    public static TestGuide With(string body, string tests)
    {
        var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", body)));
        guide.Write("guide.yml", "title: T\ndescription: A guide with examples.\nparts:\n  - title: P\n    chapters:\n      - a.md\n" + tests);
        return guide;
    }
}

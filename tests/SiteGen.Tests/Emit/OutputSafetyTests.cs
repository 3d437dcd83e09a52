using System.Security.Cryptography;
using SiteGen.Emit;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Emit;

public sealed class OutputSafetyTests
{
    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    private static TestGuide TwoChapters() => TestGuide.With(
        ("a.md", TestGuide.Chapter("A", "Link to [b](b.md#part).\n\n```python\nprint('hi')\n```\n")),
        ("b.md", TestGuide.Chapter("B", "## Part\n\nText.\n")));

    [Fact]
    public void Two_builds_of_the_same_sources_are_byte_identical()
    {
        using var guide = TwoChapters();
        using var other = new TempFolder();

        Assert.True(SiteEmitter.Emit(guide.Compile(), SharedTheme.Renderer, guide.OutputFolder).Success);
        Assert.True(SiteEmitter.Emit(guide.Compile(), SharedTheme.Renderer, other.Combine("_site")).Success);

        var first = Snapshot(guide.OutputFolder);
        Assert.Equal(first, Snapshot(other.Combine("_site")));
        Assert.True(first.Count >= 6);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_exactly_as_it_was()
    {
        using var guide = TwoChapters();
        Assert.True(SiteEmitter.Emit(guide.Compile(), SharedTheme.Renderer, guide.OutputFolder).Success);
        var before = Snapshot(guide.OutputFolder);

        guide.Write("chapters/b.md", "---\ntitle: B\n---\n\n## Renamed\n\nSee [nothing](missing.md).\n");
        var result = SiteEmitter.Emit(guide.Compile(), SharedTheme.Renderer, guide.OutputFolder);

        Assert.False(result.Success);
        Assert.Equal(["SG1201", "SG1202"], result.Diagnostics.Select(d => d.Id).Order());
        Assert.Equal(before, Snapshot(guide.OutputFolder));
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(guide.OutputFolder)!, ".*staging*"));
    }

    [Fact]
    public void A_rebuild_replaces_the_site_and_removes_pages_that_no_longer_exist()
    {
        using var guide = TwoChapters();
        Assert.True(SiteEmitter.Emit(guide.Compile(), SharedTheme.Renderer, guide.OutputFolder).Success);

        guide.Write("guide.yml", "title: T\nparts:\n  - title: P\n    chapters: [b.md]\n");
        guide.Write("chapters/a.md", "---\ntitle: A\n---\n\nUnlisted now.\n");
        var result = SiteEmitter.Emit(guide.Compile(), SharedTheme.Renderer, guide.OutputFolder);

        Assert.True(result.Success);
        Assert.False(Directory.Exists(Path.Combine(guide.OutputFolder, "a")));
        Assert.True(File.Exists(Path.Combine(guide.OutputFolder, "b", "index.html")));
    }

    [Fact]
    public void The_build_refuses_output_folders_that_hold_sources_or_foreign_files()
    {
        using var guide = TwoChapters();
        var compilation = guide.Compile();
        var foreign = Path.Combine(Path.GetDirectoryName(guide.Root)!, "documents");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "thesis.docx"), "precious");

        foreach (var output in new[] { guide.Root, Path.GetDirectoryName(guide.Root)!, Path.Combine(guide.Root, "out"), foreign, RepositoryPaths.Theme })
        {
            var result = SiteEmitter.Emit(compilation, SharedTheme.Renderer, output);
            Assert.False(result.Success, output);
            Assert.Equal("SG9101", Assert.Single(result.Diagnostics).Id);
        }
        Assert.Equal("precious", File.ReadAllText(Path.Combine(foreign, "thesis.docx")));
        Assert.False(Directory.Exists(Path.Combine(guide.Root, "out")));
    }

    [Fact]
    public void A_disk_that_fails_mid_build_is_reported_and_the_build_does_not_hang()
    {
        // More pages than the write queue holds, so rendering threads would block on a full queue if a failed
        // writer did not close it.
        using var guide = TestGuide.With(Enumerable.Range(0, 90).Select(i => ($"c{i}.md", TestGuide.Chapter($"C{i}", "Text.\n"))).ToArray());
        var writer = new FailingWriter(failAfter: 1);

        var result = SiteEmitter.Emit(guide.Compile(), SharedTheme.Renderer, guide.OutputFolder, writer: writer);

        Assert.False(result.Success);
        Assert.Equal("SG9102", Assert.Single(result.Diagnostics, d => d.IsError).Id);
        Assert.True(writer.Abandoned);
        Assert.False(writer.Committed);
    }

    /// <summary>A writer whose disk fills up after a few files.</summary>
    private sealed class FailingWriter(int failAfter) : ISiteWriter
    {
        private int _written;

        public bool Abandoned { get; private set; }

        public bool Committed { get; private set; }

        public void Begin()
        {
        }

        public void WriteText(string sitePath, string content)
        {
            if (++_written > failAfter) throw new IOException("No space left on device");
        }

        public void Copy(string sitePath, string sourceFile) => WriteText(sitePath, string.Empty);

        public void Commit() => Committed = true;

        public void Abandon() => Abandoned = true;
    }
}

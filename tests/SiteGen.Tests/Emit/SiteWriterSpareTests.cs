using SiteGen.Emit;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Emit;

/// <summary>
/// The site a build replaces is kept beside the output as the spare and overwritten by the next build: the
/// output must come out exactly as if it had been written into an empty folder.
/// </summary>
public sealed class SiteWriterSpareTests
{
    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);

    private static void Build(string output, params (string Path, string Content)[] files)
    {
        var writer = new SiteWriter(output);
        writer.Begin();
        foreach (var (path, content) in files) writer.WriteText(path, content);
        writer.Commit();
    }

    [Fact]
    public void The_replaced_site_becomes_the_spare_and_the_next_build_leaves_nothing_of_it_in_the_output()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        Build(output, ("index.html", "one"), ("a/index.html", "a"), ("gone/index.html", "gone"), ("gone/deep/x.js", "x"));
        Build(output, ("index.html", "two"), ("a/index.html", "a2"));
        Assert.True(Directory.Exists(SiteWriter.SpareOf(output)));

        Build(output, ("index.html", "three"), ("b/index.html", "b"));

        Assert.Equal(
            new Dictionary<string, string> { [OutputFolderPolicy.MarkerFile] = Files(output)[OutputFolderPolicy.MarkerFile], ["index.html"] = "three", ["b/index.html"] = "b" },
            Files(output));
        Assert.False(Directory.Exists(Path.Combine(output, "gone")));
        Assert.Equal("two", File.ReadAllText(Path.Combine(SiteWriter.SpareOf(output), "index.html")));
        Assert.Empty(Directory.EnumerateDirectories(folder.Path, ".*staging*"));
    }

    [Fact]
    public void A_file_in_the_spare_where_the_build_needs_a_folder_and_the_reverse_are_replaced()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        Build(output, ("guide", "a file"), ("notes/index.html", "a folder"));
        Build(output, ("index.html", "between"));

        Build(output, ("guide/index.html", "now a folder"), ("notes", "now a file"));

        Assert.Equal("now a folder", File.ReadAllText(Path.Combine(output, "guide", "index.html")));
        Assert.Equal("now a file", File.ReadAllText(Path.Combine(output, "notes")));
    }

    [Fact]
    public void A_link_planted_in_the_spare_is_removed_before_anything_is_written_through_it()
    {
        using var folder = new TempFolder();
        var outside = folder.Combine("outside");
        Directory.CreateDirectory(outside);
        var output = folder.Combine("_site");
        Build(output, ("index.html", "one"));
        Build(output, ("index.html", "two"));
        var spare = SiteWriter.SpareOf(output);
        Directory.CreateSymbolicLink(Path.Combine(spare, "chapter"), outside);

        Build(output, ("chapter/index.html", "page"));

        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Assert.Null(new DirectoryInfo(Path.Combine(output, "chapter")).LinkTarget);
        Assert.Equal("page", File.ReadAllText(Path.Combine(output, "chapter", "index.html")));
    }

    [Fact]
    public void A_folder_without_the_output_marker_is_never_taken_for_the_spare()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        var foreign = SiteWriter.SpareOf(output);
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "thesis.docx"), "precious");

        Build(output, ("index.html", "one"));
        Build(output, ("index.html", "two"));

        Assert.Equal("precious", File.ReadAllText(Path.Combine(foreign, "thesis.docx")));
        Assert.Equal("two", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void An_abandoned_build_leaves_the_output_as_it_was()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("_site");
        Build(output, ("index.html", "one"));
        Build(output, ("index.html", "two"));
        var before = Files(output);

        var writer = new SiteWriter(output);
        writer.Begin();
        writer.WriteText("index.html", "half");
        writer.Abandon();

        Assert.Equal(before, Files(output));
        Assert.Empty(Directory.EnumerateDirectories(folder.Path, ".*staging*"));
    }
}

using SiteGen.Cli;
using SiteGen.Sources;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// A pull request can commit symbolic links. Whatever they point at, the build reads and publishes only
/// files whose real path lies inside the guide (or theme) folder, and says what it skipped, at the link.
/// </summary>
public sealed class ContainmentTests : IDisposable
{
    private const string HostSecret = "host-secret-4b1d";
    private readonly TestGuide _guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Text.\n")));
    private readonly TempFolder _outside = new();
    private readonly List<string> _links = [];

    public ContainmentTests() => _outside.Write("secret.txt", HostSecret);

    [Fact]
    public void A_file_link_to_etc_passwd_in_assets_is_skipped_with_a_warning_at_the_link()
    {
        Link("assets/passwd.txt", "/etc/passwd");

        var (exit, output) = Build();

        Assert.Equal(ExitCodes.Success, exit);
        DiagnosticAssert.Equal(_guide.Compile().Diagnostics, ("SG1009", "assets/passwd.txt", 0, 0));
        Assert.Contains("warning SG1009: 'assets/passwd.txt' is a link to '/etc/passwd', outside the guide folder; it is skipped", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_guide.OutputFolder, "assets", "passwd.txt")));
        AssertOutputHoldsNothingFromOutside();
    }

    [Fact]
    public void A_folder_link_in_assets_to_a_folder_outside_the_guide_is_skipped()
    {
        Link("assets/outdir", _outside.Path);

        var (exit, _) = Build();

        Assert.Equal(ExitCodes.Success, exit);
        DiagnosticAssert.Equal(_guide.Compile().Diagnostics, ("SG1009", "assets/outdir", 0, 0));
        Assert.False(Directory.Exists(Path.Combine(_guide.OutputFolder, "assets", "outdir")));
        AssertOutputHoldsNothingFromOutside();
    }

    [Fact]
    public void A_chapter_link_to_etc_passwd_is_never_read()
    {
        Link("chapters/secret.md", "/etc/passwd");

        var (exit, _) = Build();

        // Skipped before reading: no SG1101 (no front matter), which would mean the host file was parsed.
        Assert.Equal(ExitCodes.Success, exit);
        DiagnosticAssert.Equal(_guide.Compile().Diagnostics, ("SG1009", "chapters/secret.md", 0, 0));
        Assert.DoesNotContain(_guide.Load().Chapters, c => c.Path == "chapters/secret.md");
        AssertOutputHoldsNothingFromOutside();
    }

    [Fact]
    public void A_listed_chapter_that_links_outside_fails_the_build_as_missing()
    {
        _guide.Write("guide.yml", "title: T\nparts:\n  - title: P\n    chapters: [a.md, secret.md]\n");
        Link("chapters/secret.md", "/etc/passwd");

        var (exit, _) = Build();

        Assert.Equal(ExitCodes.SourceErrors, exit);
        DiagnosticAssert.Equal(_guide.Compile().Diagnostics, ("SG1009", "chapters/secret.md", 0, 0), ("SG1005", "guide.yml", 4, 22));
    }

    [Fact]
    public void A_folder_link_to_the_file_system_root_inside_chapters_is_not_walked()
    {
        Link("chapters/host", "/");

        var (exit, _) = Build();

        Assert.Equal(ExitCodes.Success, exit);
        DiagnosticAssert.Equal(_guide.Compile().Diagnostics, ("SG1009", "chapters/host", 0, 0));
    }

    [Fact]
    public void A_folder_link_to_the_file_system_root_inside_assets_is_not_walked()
    {
        Link("assets/host", "/");

        var (exit, _) = Build();

        Assert.Equal(ExitCodes.Success, exit);
        DiagnosticAssert.Equal(_guide.Compile().Diagnostics, ("SG1009", "assets/host", 0, 0));
        AssertOutputHoldsNothingFromOutside();
    }

    [Fact]
    public void Two_chapter_links_that_point_at_each_other_are_reported_as_a_loop()
    {
        Link("chapters/b.md", "c.md");
        Link("chapters/c.md", "b.md");

        var (exit, output) = Build();

        Assert.Equal(ExitCodes.Success, exit);
        DiagnosticAssert.Equal(_guide.Compile().Diagnostics, ("SG1010", "chapters/b.md", 0, 0), ("SG1010", "chapters/c.md", 0, 0));
        Assert.Contains("'chapters/b.md' is a symbolic link that leads back to itself", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_loop_under_assets_is_reported_once_and_not_walked()
    {
        _guide.Write("assets/img/logo.svg", "<svg/>");
        Link("assets/img/loop", ".");
        Link("assets/up", "..");

        var (exit, _) = Build();

        Assert.Equal(ExitCodes.Success, exit);
        // assets/up leads to the guide folder: inside it, so it is read, but assets/ within it is already read.
        DiagnosticAssert.Equal(_guide.Compile().Diagnostics,
            ("SG1011", "assets/img/loop", 0, 0), ("SG1011", "assets/up/assets", 0, 0));
        Assert.True(File.Exists(Path.Combine(_guide.OutputFolder, "assets", "img", "logo.svg")));
        Assert.False(Directory.Exists(Path.Combine(_guide.OutputFolder, "assets", "img", "loop")));
    }

    [Fact]
    public void A_guide_yml_that_links_outside_the_guide_is_not_read()
    {
        File.Delete(Path.Combine(_guide.Root, "guide.yml"));
        _outside.Write("guide.yml", $"title: {HostSecret}\nparts:\n  - title: P\n    chapters: [a.md]\n");
        Link("guide.yml", _outside.Combine("guide.yml"));

        var (exit, _) = Build();

        Assert.Equal(ExitCodes.SourceErrors, exit);
        var diagnostics = _guide.Compile().Diagnostics;
        Assert.Contains(diagnostics, d => d.Id == "SG1009" && d.Location.Path == "guide.yml");
        Assert.Contains(diagnostics, d => d.Id == "SG1004" && d.Location.Path == "guide.yml");
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains(HostSecret, StringComparison.Ordinal));
    }

    [Fact]
    public void A_source_folder_that_is_itself_a_link_outside_is_skipped()
    {
        _outside.Write("comparison.yaml", $"frameworks: [{{ id: {HostSecret} }}]\n");
        Link("data", _outside.Path);

        var (exit, _) = Build();

        Assert.Equal(ExitCodes.Success, exit);
        DiagnosticAssert.Equal(_guide.Compile().Diagnostics, ("SG1009", "data", 0, 0));
        Assert.Empty(_guide.Load().DataFiles);
    }

    [Fact]
    public void A_broken_link_is_skipped_with_a_warning()
    {
        Link("assets/gone.png", "nowhere.png");

        var (exit, _) = Build();

        Assert.Equal(ExitCodes.Success, exit);
        DiagnosticAssert.Equal(_guide.Compile().Diagnostics, ("SG1012", "assets/gone.png", 0, 0));
    }

    [Fact]
    public void A_link_that_stays_inside_the_guide_is_followed()
    {
        _guide.Write("shared/logo.svg", "<svg/>");
        Link("assets/logo.svg", "../shared/logo.svg");

        var (exit, _) = Build();

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Empty(_guide.Compile().Diagnostics);
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(_guide.OutputFolder, "assets", "logo.svg")));
    }

    [Fact]
    public void A_theme_asset_that_links_outside_the_theme_is_skipped()
    {
        using var theme = new TempFolder();
        CopyFolder(RepositoryPaths.Theme, theme.Path);
        var link = theme.Combine("assets", "passwd.txt");
        File.CreateSymbolicLink(link, "/etc/passwd");

        var loaded = ThemeProject.Load(theme.Path)!;
        File.Delete(link);

        Assert.DoesNotContain(loaded.Assets, a => a.OutputPath == "static/passwd.txt");
        DiagnosticAssert.Equal(loaded.LoadDiagnostics, ("SG1009", link, 0, 0));
    }

    public void Dispose()
    {
        // Remove the links first, so that deleting the folders can never reach through them.
        foreach (var link in _links) File.Delete(link);
        _guide.Dispose();
        _outside.Dispose();
    }

    private void Link(string relativePath, string target)
    {
        var path = Path.Combine(_guide.Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        _links.Add(path);
    }

    private (int Exit, string Output) Build()
    {
        var (exit, output, _) = CliRunner.Run("build", "--source", _guide.Root, "--theme", RepositoryPaths.Theme, "--output", _guide.OutputFolder);
        return (exit, output);
    }

    private void AssertOutputHoldsNothingFromOutside()
    {
        foreach (var file in Directory.EnumerateFiles(_guide.OutputFolder, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("root:x:0:0", text, StringComparison.Ordinal);
            Assert.DoesNotContain(HostSecret, text, StringComparison.Ordinal);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

using System.Text;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Input that used to be dropped, replaced or misread without a word: each is now reported once, at the
/// line and column of the offending character.
/// </summary>
public sealed class SilentLossTests
{
    private static (int Exit, string Output) Build(TestGuide guide, params string[] extra)
    {
        var (exit, output, _) = CliRunner.Run(["build", "--source", guide.Root, "--theme", RepositoryPaths.Theme, "--output", guide.OutputFolder, .. extra]);
        return (exit, output);
    }

    private static IReadOnlyList<Diagnostic> Diagnostics(string chapter)
    {
        using var guide = TestGuide.With(("a.md", chapter));
        return guide.Compile().Diagnostics;
    }

    [Fact]
    public void An_unclosed_html_comment_is_a_warning_at_its_opening_line_and_fails_warnaserror()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Kept.\n\n<!-- TODO\n\n## Hidden section\n\nHidden text.\n")));

        Assert.Equal(ExitCodes.Success, Build(guide).Exit);
        var (exit, output) = Build(guide, "--warnaserror");

        Assert.Equal(ExitCodes.SourceErrors, exit);
        DiagnosticAssert.Equal(guide.Compile().Diagnostics, ("SG1603", "chapters/a.md", 7, 1));
        Assert.Contains("error SG1603", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_code_fence_is_a_warning_at_its_opening_line()
    {
        var diagnostics = Diagnostics(TestGuide.Chapter("A", "```python\nprint(1)\n```\n\n~~~~\ncode\n\n## Swallowed\n"));

        DiagnosticAssert.Equal(diagnostics, ("SG1604", "chapters/a.md", 9, 1));
        Assert.Contains("(~~~~)", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nul_character_is_a_warning_at_its_position()
    {
        DiagnosticAssert.Equal(Diagnostics(TestGuide.Chapter("A", "Line.\nab\0c\n")), ("SG1016", "chapters/a.md", 6, 3));
    }

    [Fact]
    public void Invalid_utf8_is_a_warning_at_the_first_bad_byte()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "placeholder")));
        File.WriteAllBytes(Path.Combine(guide.Root, "chapters", "a.md"),
            [.. Encoding.UTF8.GetBytes("---\ntitle: A\n---\n\nCaf\u00e9 ok, "), .. "caf"u8, 0xE9, .. " latin-1, then \xff\n"u8]);

        var diagnostics = guide.Compile().Diagnostics;

        // "Café ok, caf" is 12 characters: the bad byte is the 13th.
        DiagnosticAssert.Equal(diagnostics, ("SG1015", "chapters/a.md", 5, 13));
        Assert.Contains("byte 0xE9", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chapter_above_the_size_limit_is_a_warning_and_the_limit_comes_from_guide_yml()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Short.\n")));
        guide.Write("guide.yml", "title: T\nlimits:\n  max_file_bytes: 20\nparts:\n  - title: P\n    chapters: [a.md]\n");

        var diagnostics = guide.Compile().Diagnostics;

        DiagnosticAssert.Equal(diagnostics, ("SG1013", "chapters/a.md", 0, 0), ("SG1013", "guide.yml", 0, 0));
        Assert.Equal("The file is 25 bytes, above limits.max_file_bytes (20 bytes)", diagnostics[0].Message);
    }

    [Fact]
    public void A_ten_megabyte_chapter_gets_the_default_size_warning()
    {
        var diagnostics = Diagnostics(TestGuide.Chapter("A", string.Concat(Enumerable.Repeat("Words and more words.\n", 480_000))));

        DiagnosticAssert.Equal(diagnostics, ("SG1013", "chapters/a.md", 0, 0));
    }

    [Fact]
    public void A_file_above_the_hard_limit_is_not_read()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Short.\n")));
        guide.Write("chapters/huge.md", new string('x', 16 * 1024 * 1024 + 1));

        var (exit, _) = Build(guide);

        Assert.Equal(ExitCodes.SourceErrors, exit);
        DiagnosticAssert.Equal(guide.Compile().Diagnostics, ("SG1014", "chapters/huge.md", 0, 0));
    }

    [Fact]
    public void A_yaml_tag_in_front_matter_is_an_error_at_the_tag_and_nothing_is_published()
    {
        using var guide = TestGuide.With(("a.md", "---\ntitle: !include /etc/passwd\n---\n\nText.\n"));

        var (exit, _) = Build(guide);

        Assert.Equal(ExitCodes.SourceErrors, exit);
        DiagnosticAssert.Equal(guide.Compile().Diagnostics, ("SG1107", "chapters/a.md", 2, 8));
        Assert.False(Directory.Exists(guide.OutputFolder));
    }

    [Fact]
    public void Yaml_tags_in_guide_yml_and_the_dataset_are_errors_too()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Text.\n")));
        guide.Write("guide.yml", "title: !!str T\nparts:\n  - title: P\n    chapters: [a.md]\n");
        guide.Write("data/comparison.yaml", "frameworks: !include other.yaml\n");

        var diagnostics = guide.Compile().Diagnostics.Where(d => d.Id == "SG1107");

        DiagnosticAssert.Equal(diagnostics, ("SG1107", "data/comparison.yaml", 1, 13), ("SG1107", "guide.yml", 1, 8));
    }

    [Fact]
    public void A_yaml_alias_is_an_error_where_it_is_used_and_at_its_anchor()
    {
        var diagnostics = Diagnostics("---\ntitle: &t Routing\ndescription: *t\n---\n\nText.\n");

        DiagnosticAssert.Equal(diagnostics, ("SG1108", "chapters/a.md", 2, 8), ("SG1108", "chapters/a.md", 3, 14));
        Assert.Equal("The YAML alias '*t' is not allowed; write each value where it is used", diagnostics[1].Message);
    }

    [Fact]
    public void A_yaml_alias_in_the_dataset_is_reported_at_the_use()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "Text.\n")));
        guide.Write("data/comparison.yaml", "frameworks:\n  - &f { id: flask, name: Flask }\n  - *f\n");

        var aliases = guide.Compile().Diagnostics.Where(d => d.Id == "SG1108").ToArray();

        DiagnosticAssert.Equal(aliases, ("SG1108", "data/comparison.yaml", 2, 5), ("SG1108", "data/comparison.yaml", 3, 5));
    }

    [Fact]
    public void A_single_tag_where_a_list_belongs_is_a_warning()
    {
        DiagnosticAssert.Equal(Diagnostics("---\ntitle: A\ntags: flask\n---\n"), ("SG1109", "chapters/a.md", 3, 7));
    }

    [Fact]
    public void A_title_of_the_wrong_shape_is_reported_once()
    {
        DiagnosticAssert.Equal(Diagnostics("---\ntitle: [a, b]\n---\n"), ("SG1105", "chapters/a.md", 2, 8));
    }

    [Fact]
    public void A_tab_in_front_matter_indentation_is_reported_at_the_tab()
    {
        DiagnosticAssert.Equal(Diagnostics("---\ntitle: A\ntags:\n  - flask\n\t- routing\n---\n"), ("SG1110", "chapters/a.md", 5, 1));
    }

    [Fact]
    public void Control_characters_in_a_link_stay_escaped_so_each_diagnostic_is_one_line()
    {
        using var guide = TestGuide.With(("a.md", TestGuide.Chapter("A", "[x](java&#x09;script:alert(1))\n\n[y](a&#x0A;b.md)\n")));

        var (exit, output) = Build(guide);

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.DoesNotContain('\t', output);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(guide.Compile().Diagnostics.Count + 1, lines.Length);
        Assert.All(lines[..^1], line => Assert.Matches(@"^\S+\(\d+,\d+\): (error|warning) SG\d{4}: ", line));
        Assert.Contains(@"java\tscript:", output, StringComparison.Ordinal);
        Assert.Contains(@"a\nb.md", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_control_character_in_a_message_is_escaped()
    {
        var diagnostic = Diagnostic.Create(DiagnosticDescriptors.LinkTargetMissing, Location.At("chapters/a.md", 1, 1), "a\tb\nc\rd\0e\u0085f\u2028g\u202Eh");

        Assert.Equal(@"The link target 'a\tb\nc\rd\u0000e\u0085f\u2028g\u202Eh' does not exist", diagnostic.Message);
    }

    [Fact]
    public void A_link_in_a_multi_line_setext_heading_is_reported_at_its_own_line()
    {
        // Markdig numbers a setext heading from its underline; the link is on the heading's first line.
        var diagnostics = Diagnostics(TestGuide.Chapter("A", "A [link](missing.md) in a heading\nthat goes on\n---\n"));

        DiagnosticAssert.Equal(diagnostics, ("SG1201", "chapters/a.md", 5, 3));
    }

    [Fact]
    public void Only_carriage_returns_and_newlines_end_lines_so_positions_match_an_editor()
    {
        // U+2028 and a form feed are characters inside a line for editors and for CommonMark.
        var diagnostics = Diagnostics("---\r\ntitle: A\r\n---\r\n\r\nA\u2028B\fC\r[x](missing.md)\n");

        DiagnosticAssert.Equal(diagnostics, ("SG1201", "chapters/a.md", 6, 1));
    }
}

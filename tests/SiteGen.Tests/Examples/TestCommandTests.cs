using System.Diagnostics;
using System.Globalization;
using SiteGen.Cli;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Examples;

/// <summary>
/// `sitegen test` through the real command line, running real examples with python3: what passes, what fails
/// and where, what is skipped, and what happens to an example that never ends.
/// </summary>
public sealed class TestCommandTests : IDisposable
{
    // Two prelude lines, so that a traceback's line in the saved file differs from the line in the block.
    private const string PythonGroup = "tests:\n  py:\n    language: python\n    command: [python3, \"{file}\"]\n    prelude: |\n      import os\n      import sys\n";
    private readonly TempFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private static (int Exit, string[] Lines) Test(TestGuide guide, params string[] extra)
    {
        var (exit, output, error) = CliRunner.Run(["test", "--source", guide.Root, "--theme", RepositoryPaths.Theme, "--format", "text", .. extra]);
        return (exit, (output + error).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    private static string PathOf(TestGuide guide) =>
        Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(guide.Root, "chapters", "a.md")).Replace('\\', '/');

    [Fact]
    public void Each_failure_is_reported_at_its_line_in_the_chapter_and_the_run_ends_with_the_counts()
    {
        using var guide = ExampleGuides.With(
            "```python {test=py}\nprint(1 + 1)  # -> 2\n```\n\n"
            + "```python {test=py}\nx = 1\ny = x / 0\n```\n\n"
            + "```python {test=skip reason=\"a fragment\"}\nnope(\n```\n", PythonGroup);

        var (exit, lines) = Test(guide);

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.StartsWith($"{PathOf(guide)}(11,1): error SG9201: The example exited with code 1: ZeroDivisionError: division by zero (output: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 passed, 1 failed, 1 skipped", lines[^1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Output_other_than_the_stated_output_fails_at_the_fence()
    {
        using var guide = ExampleGuides.With(
            "```python {test=py}\nprint('a')\nprint('b')\n```\n\n```output\na\nc\n```\n\n```python {test=py}\nprint(2)  # -> 3\n```\n", PythonGroup);

        var (exit, lines) = Test(guide);

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.Equal(
            [
                $"{PathOf(guide)}(5,11): error SG9203: The example's output differs at line 2: expected 'c', got 'b'",
                $"{PathOf(guide)}(15,11): error SG9203: The example's output differs at line 1: expected '3', got '2'",
                "0 passed, 2 failed, 0 skipped",
            ],
            lines);
    }

    [Fact]
    public async Task An_example_that_outlives_its_timeout_is_stopped_with_the_processes_it_started()
    {
        var pids = _scratch.Combine("pids");
        using var guide = ExampleGuides.With(
            "```python {test=py timeout=1}\nimport subprocess, time\nchild = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
            + "open(os.environ['PIDS'], 'w').write(f'{os.getpid()} {child.pid}')\ntime.sleep(600)\n```\n",
            PythonGroup + $"    env:\n      PIDS: \"{pids}\"\n");

        var (exit, lines) = Test(guide);

        Assert.Equal(ExitCodes.SourceErrors, exit);
        Assert.StartsWith($"{PathOf(guide)}(5,11): error SG9202: The example ran longer than 1 s and was stopped (output: ", lines[0], StringComparison.Ordinal);
        Assert.Equal("0 passed, 1 failed, 0 skipped", lines[^1]);
        var started = File.ReadAllText(pids).Split(' ').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(2, started.Length);
        // SIGKILL is delivered asynchronously: wait until the kernel has ended both.
        await Eventually.True(() => !started.Any(IsRunning), $"processes {string.Join(", ", started)} to end");
    }

    [Fact]
    public void Examples_run_in_a_scratch_folder_that_is_their_home_with_no_inherited_secrets()
    {
        Environment.SetEnvironmentVariable("SITEGEN_TEST_SECRET", "hunter2");
        try
        {
            using var guide = ExampleGuides.With(
                "```python {test=py}\nprint(os.getcwd() == os.environ['HOME'])  # -> True\nprint(os.environ.get('SITEGEN_TEST_SECRET'))  # -> None\n"
                + "open('litter.txt', 'w').write('x')\n```\n", PythonGroup);

            var (exit, lines) = Test(guide);

            Assert.Equal((ExitCodes.Success, "1 passed, 0 failed, 0 skipped"), (exit, lines[^1]));
            Assert.Empty(Directory.GetFiles(guide.Root, "litter.txt", SearchOption.AllDirectories));
        }
        finally
        {
            Environment.SetEnvironmentVariable("SITEGEN_TEST_SECRET", null);
        }
    }

    [Fact]
    public void A_missing_command_is_one_error_at_its_group_that_says_how_to_get_it()
    {
        using var guide = ExampleGuides.With(
            "```python {test=gone}\nprint(1)\n```\n\n```python {test=gone}\nprint(2)\n```\n",
            "tests:\n  gone:\n    language: python\n    command: [no-such-interpreter-here, \"{file}\"]\n    setup: ./build.sh examples\n");

        var (exit, lines) = Test(guide);

        Assert.Equal(ExitCodes.SourceErrors, exit);
        var guideYml = Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(guide.Root, "guide.yml")).Replace('\\', '/');
        Assert.Equal(
            [
                $"{guideYml}(9,5): error SG9207: The command 'no-such-interpreter-here' of test group 'gone' was not found; run ./build.sh examples to prepare it",
                "0 passed, 2 failed, 0 skipped",
            ],
            lines);
    }

    [Fact]
    public void An_undecided_block_is_a_warning_in_check_and_fails_test_with_warnaserror()
    {
        using var guide = ExampleGuides.With("```python\nprint(1)\n```\n", PythonGroup);

        var (checkExit, checkOutput, _) = CliRunner.Run("check", "--source", guide.Root, "--theme", RepositoryPaths.Theme, "--format", "text");
        var (testExit, testLines) = Test(guide, "--warnaserror");

        Assert.Equal(ExitCodes.Success, checkExit);
        Assert.Contains($"{PathOf(guide)}(5,1): warning SG9205:", checkOutput, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.SourceErrors, testExit);
        Assert.Equal([$"{PathOf(guide)}(5,1): error SG9205: This python block does not say whether it runs: add {{test=GROUP}} or {{test=skip reason=\"...\"}} after the language", "0 passed, 0 failed, 0 skipped"], testLines);
    }

    /// <summary>Alive, and not a zombie waiting to be reaped by a parent that is gone.</summary>
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (OperatingSystem.IsLinux()) return File.Exists(stat) && !ReadState(stat).Equals("Z", StringComparison.Ordinal);
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string ReadState(string stat)
    {
        try
        {
            var text = File.ReadAllText(stat);
            return text[(text.LastIndexOf(')') + 2)..].Split(' ')[0];
        }
        catch (IOException)
        {
            return "Z";
        }
    }
}

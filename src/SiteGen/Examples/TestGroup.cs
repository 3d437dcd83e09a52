using SiteGen.Diagnostics;

namespace SiteGen.Examples;

/// <summary>
/// One entry under guide.yml's `tests:`: how to run the blocks that name it (`{test=NAME}`), and which
/// language's blocks must decide whether they run.
/// </summary>
/// <param name="Command">The program and its arguments, started without a shell; {file}, {dir} and {cache} are replaced.</param>
/// <param name="FileName">The name the block is saved under in its scratch folder, such as example.py.</param>
/// <param name="Setup">What to run to get the command when it is missing, printed with the error.</param>
public sealed record TestGroup(
    string Name,
    string Language,
    IReadOnlyList<string> Command,
    IReadOnlyDictionary<string, string> Environment,
    string Prelude,
    string FileName,
    TimeSpan Timeout,
    string? Setup,
    Location Location)
{
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>How many lines the prelude puts before the block, to map a line of the saved file back to the chapter.</summary>
    public int PreludeLines => Prelude.Length == 0 ? 0 : Prelude.Count(c => c == '\n');
}

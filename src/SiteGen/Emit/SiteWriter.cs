using System.Text;

namespace SiteGen.Emit;

/// <summary>
/// Writes a finished site into a staging folder beside the output folder, then swaps it in, so that
/// readers of the output never see a half-written site and a failed write leaves the old one intact.
/// </summary>
public sealed class SiteWriter : ISiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private readonly string _staging;

    public SiteWriter(string output)
    {
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(_output) ?? throw new ArgumentException("The output folder needs a parent folder.", nameof(output));
        _staging = Path.Combine(parent, $".{Path.GetFileName(_output)}.staging-{Guid.NewGuid():N}");
    }

    public void Begin()
    {
        Directory.CreateDirectory(_staging);
        WriteText(OutputFolderPolicy.MarkerFile, "This folder is written by `sitegen build` and replaced on every build.\n");
    }

    public void WriteText(string sitePath, string content) => File.WriteAllText(Target(sitePath), content, Utf8);

    public void WriteStreamed(string sitePath, Action<TextWriter> write)
    {
        using var file = new StreamWriter(Target(sitePath), append: false, Utf8);
        write(file);
    }

    public void Copy(string sitePath, string sourceFile) => File.Copy(sourceFile, Target(sitePath), overwrite: true);

    /// <summary>Swaps the staging folder in place of the output folder.</summary>
    public void Commit()
    {
        string? previous = null;
        if (Directory.Exists(_output))
        {
            previous = _staging + ".old";
            Directory.Move(_output, previous);
        }
        try
        {
            Directory.Move(_staging, _output);
        }
        catch
        {
            if (previous is not null) Directory.Move(previous, _output);
            throw;
        }
        if (previous is not null) DeleteTree(previous);
    }

    /// <summary>
    /// Deletes the previous site: its top-level folders in parallel (one per chapter in a large site), since
    /// removing thousands of files one after another is most of a large build's write time.
    /// </summary>
    private static void DeleteTree(string folder)
    {
        Parallel.ForEach(Directory.GetDirectories(folder), Parallelism.Options, child => Directory.Delete(child, recursive: true));
        Directory.Delete(folder, recursive: true);
    }

    public void Abandon()
    {
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
    }

    private string Target(string sitePath) => OutputPath.Resolve(_staging, sitePath);
}

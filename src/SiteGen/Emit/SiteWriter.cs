using System.Text;

namespace SiteGen.Emit;

/// <summary>
/// Writes a finished site into a staging folder beside the output folder, then swaps it in, so that
/// readers of the output never see a half-written site and a failed write leaves the old one intact.
/// </summary>
/// <remarks>
/// The site the swap replaces is not deleted: it stays beside the output as the spare
/// (<c>.NAME.sitegen-spare</c>) and becomes the next build's staging folder, whose files are overwritten in
/// place. Deleting thousands of files and creating as many again costs more than writing them: every new
/// inode needs allocating, and on ext4 without a journal the allocator skips (and reads) every inode deleted
/// in the last minutes, so back-to-back builds of a large site spent a fifth of their time there
/// (docs/performance.md). The price is a second copy of the site on disk.
/// </remarks>
public sealed class SiteWriter : ISiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output;
    private readonly string _staging;
    private readonly string _spare;

    /// <summary>Every file this build wrote, as full paths: what the reused spare keeps.</summary>
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public SiteWriter(string output)
    {
        _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(_output) ?? throw new ArgumentException("The output folder needs a parent folder.", nameof(output));
        var name = Path.GetFileName(_output);
        _staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        _spare = Path.Combine(parent, $".{name}.sitegen-spare");
    }

    /// <summary>The folder the site before the last one is kept in, to be overwritten by the next build.</summary>
    public static string SpareOf(string output)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        return Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.sitegen-spare");
    }

    public void Begin()
    {
        _written.Clear();
        if (IsOwnSpare(_spare))
        {
            Directory.Move(_spare, _staging);
            RemoveLinks(_staging);
        }
        else Directory.CreateDirectory(_staging);
        WriteText(OutputFolderPolicy.MarkerFile, "This folder is written by `sitegen build` and replaced on every build.\n");
    }

    public void WriteText(string sitePath, string content) =>
        Write(sitePath, target => File.WriteAllText(target, content, Utf8));

    public void Copy(string sitePath, string sourceFile) =>
        Write(sitePath, target => File.Copy(sourceFile, target, overwrite: true));

    /// <summary>Writes a file as it is produced (the print page), from any thread.</summary>
    public void WriteStreamed(string sitePath, Action<TextWriter> write) =>
        Write(sitePath, target =>
        {
            using var file = new StreamWriter(target, append: false, Utf8);
            write(file);
        });

    /// <summary>Removes what the spare held and this build did not write, then swaps the staging folder in.</summary>
    public void Commit()
    {
        RemoveUnwritten(_staging);
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
        if (previous is not null) KeepAsSpare(previous);
    }

    public void Abandon()
    {
        if (Directory.Exists(_staging)) KeepAsSpare(_staging);
    }

    private void Write(string sitePath, Action<string> write)
    {
        string target;
        try
        {
            target = OutputPath.Resolve(_staging, sitePath);
        }
        catch (IOException)
        {
            // The reused spare has a file where this build needs a folder.
            RemoveFilesAbove(Path.GetFullPath(Path.Combine(_staging, sitePath)));
            target = OutputPath.Resolve(_staging, sitePath);
        }
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true); // a folder where this build has a file
        write(target);
        lock (_written) _written.Add(target);
    }

    private void RemoveFilesAbove(string target)
    {
        for (var folder = Path.GetDirectoryName(target); folder is not null && folder.Length > _staging.Length; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(folder)) File.Delete(folder);
        }
    }

    /// <summary>Deletes the files and folders of a reused spare that this build did not write.</summary>
    private void RemoveUnwritten(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (!_written.Contains(file)) File.Delete(file);
        }
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            RemoveUnwritten(child);
            if (!Directory.EnumerateFileSystemEntries(child).Any()) Directory.Delete(child);
        }
    }

    /// <summary>
    /// Deletes every symbolic link in a reused spare before anything is written into it, so that no write can
    /// follow one out of the staging folder.
    /// </summary>
    private static void RemoveLinks(string folder)
    {
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint)) entry.Delete();
            else if (entry is DirectoryInfo child) RemoveLinks(child.FullName);
        }
    }

    /// <summary>Keeps a folder as the next build's spare; deletes it when a spare is already there.</summary>
    private void KeepAsSpare(string folder)
    {
        if (!Directory.Exists(_spare) && !File.Exists(_spare)) Directory.Move(folder, _spare);
        else DeleteTree(folder);
    }

    /// <summary>Only a real folder that a build wrote is reused: never a link, never someone else's folder.</summary>
    private static bool IsOwnSpare(string folder)
    {
        var info = new DirectoryInfo(folder);
        return info.Exists && info.LinkTarget is null && File.Exists(Path.Combine(folder, OutputFolderPolicy.MarkerFile));
    }

    /// <summary>Deletes a folder's top-level folders in parallel (one per chapter in a large site).</summary>
    private static void DeleteTree(string folder)
    {
        Parallel.ForEach(Directory.GetDirectories(folder), Parallelism.Options, child => Directory.Delete(child, recursive: true));
        Directory.Delete(folder, recursive: true);
    }
}

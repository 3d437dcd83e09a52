using System.Text;
using SiteGen.Sources;

namespace SiteGen.Emit;

/// <summary>
/// Updates an output folder in place, writing only the files whose content changed since the last emit
/// and deleting the ones no longer produced: what `serve` needs to rebuild in milliseconds. It keeps the
/// output-folder marker and never writes outside the folder.
/// </summary>
public sealed class IncrementalSiteWriter(string output) : ISiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
    private Dictionary<string, string> _written = new(StringComparer.Ordinal);
    private Dictionary<string, string> _current = new(StringComparer.Ordinal);

    // Changed files wait here until Commit: pages stream in while they render, and a render that fails half way
    // must leave the served site as it was.
    private readonly Dictionary<string, Action> _pending = new(StringComparer.Ordinal);

    // The print page is written from a rendering thread while the other pages come from the writer thread.
    private readonly Lock _gate = new();

    public void Begin()
    {
        Directory.CreateDirectory(_output);
        _current = new Dictionary<string, string>(StringComparer.Ordinal);
        _pending.Clear();
        WriteText(OutputFolderPolicy.MarkerFile, "This folder is written by `sitegen serve` and `sitegen build`.\n");
    }

    public void WriteText(string sitePath, string content)
    {
        var hash = ContentHasher.Hash(content);
        lock (_gate)
        {
            _current[sitePath] = hash;
            if (_written.TryGetValue(sitePath, out var previous) && previous == hash && File.Exists(Target(sitePath))) return;
            _pending[sitePath] = () => File.WriteAllText(Target(sitePath), content, Utf8);
        }
    }

    public void Copy(string sitePath, string sourceFile)
    {
        var info = new FileInfo(sourceFile);
        var stamp = $"{info.Length}:{info.LastWriteTimeUtc.Ticks}";
        lock (_gate)
        {
            _current[sitePath] = stamp;
            if (_written.TryGetValue(sitePath, out var previous) && previous == stamp && File.Exists(Target(sitePath))) return;
            _pending[sitePath] = () => File.Copy(sourceFile, Target(sitePath), overwrite: true);
        }
    }

    public void Commit()
    {
        foreach (var write in _pending.Values) write();
        _pending.Clear();
        foreach (var stale in _written.Keys.Where(path => !_current.ContainsKey(path)))
        {
            var file = Target(stale);
            if (File.Exists(file)) File.Delete(file);
        }
        _written = _current;
    }

    public void Abandon()
    {
        _pending.Clear();
        _current = _written;
    }

    private string Target(string sitePath) => OutputPath.Resolve(_output, sitePath);
}

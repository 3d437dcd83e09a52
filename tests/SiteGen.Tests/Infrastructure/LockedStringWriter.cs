using System.Text;

namespace SiteGen.Tests.Infrastructure;

/// <summary>A text writer that one thread can read while others write to it (a server's log).</summary>
public sealed class LockedStringWriter : TextWriter
{
    private readonly Lock _gate = new();
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate) _text.Append(value);
    }

    public override void Write(string? value)
    {
        lock (_gate) _text.Append(value);
    }

    public override string ToString()
    {
        lock (_gate) return _text.ToString();
    }

    /// <summary>The complete lines written so far.</summary>
    public IReadOnlyList<string> Lines()
    {
        var text = ToString();
        return text[..(text.LastIndexOf('\n') + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}

using System.Buffers;
using System.Text;
using System.Text.Unicode;
using SiteGen.Diagnostics;

namespace SiteGen.Sources;

/// <summary>
/// Reads a text source as bytes and decodes it as UTF-8 without losing anything silently: a file above the
/// hard size limit is not read (SG1014), and the first invalid UTF-8 byte (SG1015) and the first NUL (SG1016)
/// are reported at their line and column before they are replaced with U+FFFD.
/// </summary>
internal static class SourceReader
{
    /// <summary>No source file is read beyond this, whatever guide.yml says: a build's memory stays bounded.</summary>
    public const long HardMaxFileBytes = 16 * 1024 * 1024;

    public static SourceFile? Read(string realPath, string relativePath, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(realPath).Length;
            if (length > HardMaxFileBytes)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SourceFileTooLarge, Location.File(relativePath), length, HardMaxFileBytes));
                return null;
            }
            bytes = File.ReadAllBytes(realPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SourceUnreadable, Location.File(relativePath), relativePath, e.Message));
            return null;
        }
        return new SourceFile(relativePath, Decode(bytes, relativePath, diagnostics)) { ByteCount = bytes.Length };
    }

    /// <summary>
    /// UTF-8 (a leading byte-order mark is dropped) with the line endings CommonMark and YAML know (\r\n, \r)
    /// normalized to \n. Not .NET's ReplaceLineEndings: it also breaks lines at U+2028, U+0085 and form
    /// feeds, which editors do not, so every later line number would be off.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string path, List<Diagnostic> diagnostics)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble)) bytes = bytes[Encoding.UTF8.Preamble.Length..];
        var firstInvalid = FirstInvalidByte(bytes);
        if (firstInvalid >= 0)
        {
            var before = NormalizeLineEndings(Encoding.UTF8.GetString(bytes[..firstInvalid]));
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SourceInvalidUtf8, LocationAtEnd(path, before), bytes[firstInvalid]));
        }
        var text = NormalizeLineEndings(Encoding.UTF8.GetString(bytes));
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0) diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.SourceNulCharacter, LocationAtEnd(path, text[..nul])));
        return text;
    }

    private static string NormalizeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or -1.</summary>
    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? -1 : read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The position just after <paramref name="textBefore"/>: the line and column of the next character.</summary>
    private static Location LocationAtEnd(string path, string textBefore)
    {
        var lastNewline = textBefore.LastIndexOf('\n');
        var line = textBefore.AsSpan().Count('\n') + 1;
        return Location.At(path, line, textBefore.Length - lastNewline);
    }
}

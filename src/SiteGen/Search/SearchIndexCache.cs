using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Keeps the last search index's files on disk, keyed by a hash of the tool build and of every search document, so
/// that a build whose documents did not change (the theme edited, the same guide built again in CI with its caches
/// restored) writes the same files without tokenizing, scoring and serializing again: about a third of a cold build
/// of the guide. Any edit to a section's text, heading or url gives a new key and a full index; one entry is kept.
/// </summary>
public sealed class SearchIndexCache(string? folder)
{
    private const string Prefix = "search-index-";

    // The tool build (its module version id changes with any code change) makes the index format part of the key.
    private static readonly string ToolBuild = typeof(SearchIndexCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>A cache that keeps nothing: every call builds.</summary>
    public static SearchIndexCache None { get; } = new(null);

    /// <summary>The index files for <paramref name="documents"/>: read back when this tool built them before, else built and kept.</summary>
    public IReadOnlyList<(string SitePath, string Content)> GetOrBuild(
        IReadOnlyList<SearchDocument> documents, Func<IReadOnlyList<(string SitePath, string Content)>> build)
    {
        if (folder is null) return build();
        var file = Path.Combine(folder, $"{Prefix}{Key(documents)}.bin");
        if (Read(file) is { } kept) return kept;
        var files = build();
        Save(file, files);
        return files;
    }

    private static string Key(IReadOnlyList<SearchDocument> documents)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, ToolBuild);
        foreach (var document in documents)
        {
            foreach (var field in new[] { document.Url, document.PageTitle, document.Heading, document.Body, document.Code, document.IsDefinition ? "1" : "0" })
            {
                Append(hash, field);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    // Each field with its length first, so that no two different lists of fields hash the same bytes.
    private static void Append(IncrementalHash hash, string field)
    {
        hash.AppendData(BitConverter.GetBytes(field.Length));
        hash.AppendData(Encoding.UTF8.GetBytes(field));
    }

    private static List<(string, string)>? Read(string file)
    {
        try
        {
            if (!File.Exists(file)) return null;
            using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
            var count = reader.ReadInt32();
            if (count < 0) return null;
            var files = new List<(string, string)>();
            for (var i = 0; i < count; i++) files.Add((reader.ReadString(), reader.ReadString()));
            return reader.BaseStream.Position == reader.BaseStream.Length ? files : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // A damaged entry only costs time: the index is built again.
            return null;
        }
    }

    /// <summary>Written whole, then renamed into place (<see cref="CacheFile"/>); older entries are deleted.</summary>
    private static void Save(string file, IReadOnlyList<(string SitePath, string Content)> files)
    {
        try
        {
            CacheFile.Replace(file, stream =>
            {
                using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                writer.Write(files.Count);
                foreach (var (sitePath, content) in files)
                {
                    writer.Write(sitePath);
                    writer.Write(content);
                }
            });
            foreach (var stale in Directory.EnumerateFiles(Path.GetDirectoryName(file)!, Prefix + "*.bin").Where(f => f != file)) File.Delete(stale);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}

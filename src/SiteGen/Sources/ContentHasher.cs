using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Sources;

/// <summary>Short, stable content hashes (SHA-256, hex) for cache keys and cache-busting asset URLs.</summary>
public static class ContentHasher
{
    public static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    public static string Hash(ReadOnlySpan<byte> bytes) =>
        Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
}

namespace SiteGen.Sources;

/// <summary>
/// Resolves a path to the file or folder it really names, following every symbolic link in every component
/// (what POSIX realpath does), so that containment is judged on where a read would really go.
/// </summary>
internal static class RealPath
{
    /// <summary>As many links as Linux follows for one path before it gives up with ELOOP.</summary>
    private const int MaxLinks = 40;

    /// <summary>The real absolute path, or null when it names nothing.</summary>
    /// <exception cref="IOException">The links form a loop (more than 40 links for one path).</exception>
    public static string? Of(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var root = System.IO.Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Components(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            switch (part)
            {
                case ".":
                    continue;
                case "..":
                    // current is already real, so its parent is the real parent.
                    current = System.IO.Path.GetDirectoryName(current) ?? root;
                    continue;
            }
            var next = System.IO.Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                if (!File.Exists(next) && !Directory.Exists(next)) return null;
                current = next;
                continue;
            }
            if (++links > MaxLinks) throw new IOException($"Too many levels of symbolic links: {path}");
            foreach (var component in Components(target).Reverse()) pending.Push(component);
            if (System.IO.Path.IsPathRooted(target)) current = System.IO.Path.GetPathRoot(target)!;
        }
        return current;
    }

    /// <summary>Whether <paramref name="realPath"/> is <paramref name="realRoot"/> or lies below it.</summary>
    public static bool IsInside(string realPath, string realRoot) =>
        realPath == realRoot
        || realPath.StartsWith(System.IO.Path.EndsInDirectorySeparator(realRoot) ? realRoot : realRoot + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static IEnumerable<string> Components(string path) =>
        path.Split([System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}

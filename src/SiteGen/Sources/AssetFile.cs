namespace SiteGen.Sources;

/// <summary>A file copied to the site as it is (an image, a stylesheet): where it comes from and where it goes.</summary>
/// <param name="OutputPath">Path inside the output folder, forward slashes.</param>
/// <param name="FullPath">Absolute path of the source file on disk.</param>
public sealed record AssetFile(string OutputPath, string FullPath);

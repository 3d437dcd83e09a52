using SiteGen.Diagnostics;

namespace SiteGen.Syntax;

/// <summary>A link or image in a chapter, with the URL exactly as written and where it was written.</summary>
public sealed record LinkSyntax(string Url, bool IsImage, Location Location);

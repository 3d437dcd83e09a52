using SiteGen.Diagnostics;

namespace SiteGen.Syntax;

/// <summary>A heading in a chapter: its level, the id Markdig gave it, its plain text and position.</summary>
public sealed record HeadingSyntax(int Level, string Id, string Text, Location Location);

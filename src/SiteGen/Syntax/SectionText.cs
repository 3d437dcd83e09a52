namespace SiteGen.Syntax;

/// <summary>
/// The text a reader sees in one section of a chapter (from an h2 or h3 to the next), taken once while
/// parsing so that the search index needs no syntax tree. The first section, before any heading, has no id.
/// </summary>
/// <param name="Body">The prose (with inline code), without code blocks.</param>
/// <param name="Code">The section's code blocks, which search weighs less than prose.</param>
public sealed record SectionText(string? Id, string? Heading, string Body, string Code = "");

using Markdig.Syntax;
using SiteGen.Syntax;

namespace SiteGen.Comparison;

/// <summary>
/// A markdown text written in the dataset (a verdict or note), parsed once with the chapters' pipeline:
/// the tree that every table embedding it renders, its plain text for filters and search, and its links
/// with positions in the YAML file, which the binder checks exactly like a chapter's.
/// </summary>
public sealed record DataText(string Markdown, MarkdownDocument Document, string PlainText, IReadOnlyList<LinkSyntax> Links);

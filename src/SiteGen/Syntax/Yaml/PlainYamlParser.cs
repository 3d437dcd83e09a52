using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Syntax.Yaml;

/// <summary>
/// Passes YamlDotNet's parsing events through to the node loader, noting on the way the YAML features that
/// SiteGen refuses (tags such as <c>!include</c>, anchors and aliases) and stopping at a nesting limit, so a
/// deeply nested document cannot exhaust the loader's recursion.
/// </summary>
internal sealed class PlainYamlParser(IParser inner) : IParser
{
    public const int MaxDepth = 64;

    private int _depth;

    /// <summary>A refused feature: what it is (tag, anchor, alias), its text and where it starts.</summary>
    public sealed record Finding(string Kind, string Text, Mark Start, Mark End);

    public List<Finding> Findings { get; } = [];

    /// <summary>Where the last event ended: the best position to report when the parser fails without one.</summary>
    public Mark LastEnd { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        var current = inner.Current!;
        LastEnd = current.End;
        switch (current)
        {
            case AnchorAlias alias:
                Findings.Add(new Finding("alias", $"*{alias.Value}", alias.Start, alias.End));
                break;
            case NodeEvent node:
                if (!node.Tag.IsEmpty) Findings.Add(new Finding("tag", node.Tag.Value, node.Start, node.End));
                if (!node.Anchor.IsEmpty) Findings.Add(new Finding("anchor", $"&{node.Anchor.Value}", node.Start, node.End));
                break;
        }
        _depth += current.NestingIncrease;
        if (_depth > MaxDepth) throw new NestingTooDeepException(current.Start, current.End);
        return true;
    }

    /// <summary>Thrown when collections nest deeper than <see cref="MaxDepth"/>.</summary>
    public sealed class NestingTooDeepException(Mark start, Mark end) : YamlException(start, end, $"nested deeper than {MaxDepth} levels");
}

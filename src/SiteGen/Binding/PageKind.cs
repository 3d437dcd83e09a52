namespace SiteGen.Binding;

/// <summary>The kinds of page a site has; each is rendered by its own layout.</summary>
public enum PageKind
{
    Index,
    Chapter,
    Comparison,
    Questions,
    Search,
    NotFound,
    Print,
    CheatSheet,
}

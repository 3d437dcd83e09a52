namespace SiteGen.Syntax.Highlighting;

/// <summary>What a Django/Jinja template region is.</summary>
internal enum TemplateRegionKind
{
    /// <summary>A tag: <c>{% for x in xs %}</c>.</summary>
    Statement,

    /// <summary>An expression: <c>{{ x|title }}</c>.</summary>
    Expression,

    /// <summary>A comment: <c>{# note #}</c>.</summary>
    Comment,

    /// <summary>The text between <c>{% comment %}</c> and <c>{% endcomment %}</c>.</summary>
    CommentBody,
}

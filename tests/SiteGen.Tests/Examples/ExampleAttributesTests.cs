using SiteGen.Examples;

namespace SiteGen.Tests.Examples;

/// <summary>The `{…}` after a fence's language that says whether and how the block runs.</summary>
public sealed class ExampleAttributesTests
{
    [Theory]
    [InlineData("{test=flask}", "flask", null, null)]
    [InlineData("{ test=django  timeout=60 }", "django", null, 60)]
    [InlineData("{test=skip reason=\"a fragment of the view above\"}", "skip", "a fragment of the view above", null)]
    [InlineData("{test=\"flask\"}", "flask", null, null)]
    public void Attributes_are_read(string arguments, string test, string? reason, int? timeout)
    {
        var attributes = ExampleAttributes.Parse(arguments, out var problem);

        Assert.Null(problem);
        Assert.Equal(new ExampleAttributes(test, reason, timeout), attributes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("title=app.py")]
    public void A_block_without_braces_has_not_decided(string? arguments)
    {
        Assert.Null(ExampleAttributes.Parse(arguments, out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("{test=skip}", "test=skip needs a reason, such as reason=\"a fragment\"")]
    [InlineData("{test=flask timeout=soon}", "'timeout' is a whole number of seconds, not 'soon'")]
    [InlineData("{test=flask timeout=0}", "'timeout' is a whole number of seconds, not '0'")]
    [InlineData("{tset=flask}", "unknown attribute 'tset'; expected one of: test, reason, timeout")]
    [InlineData("{reason=\"why\"}", "'test' is missing: write test=GROUP, or test=skip reason=\"…\"")]
    [InlineData("{test=skip reason=\"unclosed}", "the value of 'reason' has no closing quote")]
    [InlineData("{test=flask test=django}", "'test' is given twice")]
    [InlineData("{flask}", "'flask' is not key=value")]
    [InlineData("{test=flask", "the attributes must end with '}'")]
    public void Malformed_attributes_are_refused_with_the_reason(string arguments, string expected)
    {
        Assert.Null(ExampleAttributes.Parse(arguments, out var problem));
        Assert.Equal(expected, problem);
    }
}

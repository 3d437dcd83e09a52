using System.Management.Automation.Language;
using System.Text.RegularExpressions;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Repository;

/// <summary>build.ps1 cannot run here (no PowerShell), so it is checked with PowerShell's own parser.</summary>
public sealed class BuildScriptTests
{
    [Fact]
    public void Build_ps1_parses_without_errors()
    {
        Parser.ParseFile(Path.Combine(RepositoryPaths.Root, "build.ps1"), out _, out var errors);

        Assert.True(errors.Length == 0, string.Join("\n", errors.Select(e => $"build.ps1({e.Extent.StartLineNumber},{e.Extent.StartColumnNumber}): {e.Message}")));
    }

    [Fact]
    public void Build_ps1_and_build_sh_offer_the_same_tasks()
    {
        var ast = Parser.ParseFile(Path.Combine(RepositoryPaths.Root, "build.ps1"), out _, out _);
        var validateSet = ast.ParamBlock.Parameters
            .Single(p => p.Name.VariablePath.UserPath == "Task")
            .Attributes.OfType<AttributeAst>().Single(a => a.TypeName.Name == "ValidateSet");
        var psTasks = validateSet.PositionalArguments.OfType<StringConstantExpressionAst>().Select(s => s.Value).Order();

        var sh = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "build.sh"));
        var shTasks = Regex.Matches(sh, @"(?m)^\s+([a-z-]+)\)").Select(m => m.Groups[1].Value).Order();

        Assert.Equal(psTasks, shTasks);
    }
}

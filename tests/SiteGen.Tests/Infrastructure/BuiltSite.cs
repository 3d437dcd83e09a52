using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Emit;
using SiteGen.Sources;

namespace SiteGen.Tests.Infrastructure;

/// <summary>A site built from a guide folder into a temp folder, with helpers to parse its pages.</summary>
public sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempFolder _folder = new();

    public BuiltSite(string guideRoot, CompilationOptions? options = null)
    {
        var project = GuideProject.Load(guideRoot, ThemeProject.Load(RepositoryPaths.Theme)!)!;
        Compilation = SiteCompilation.Create(project, options);
        Result = SiteEmitter.Emit(Compilation, SharedTheme.Renderer, Output);
    }

    public SiteCompilation Compilation { get; }

    public EmitResult Result { get; }

    public string Output => _folder.Combine("_site");

    public string Text(string sitePath) => File.ReadAllText(Path.Combine(Output, sitePath));

    public IHtmlDocument Page(string sitePath) => Parser.ParseDocument(Text(sitePath));

    public void Dispose() => _folder.Dispose();
}

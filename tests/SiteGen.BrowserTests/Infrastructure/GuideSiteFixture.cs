using Microsoft.Playwright;
using SiteGen.Emit;
using SiteGen.Emit.Templates;
using SiteGen.Sources;

namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>
/// Builds the repository's real guide once into a temp folder, serves it on 127.0.0.1 and starts
/// Debian's Chromium through Playwright (never a downloaded browser).
/// </summary>
public sealed class GuideSiteFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-browser-tests", Guid.NewGuid().ToString("N")[..12]);
    private IPlaywright? _playwright;

    public string SiteRoot => Path.Combine(_folder, "_site");

    public StaticSiteServer? Server { get; private set; }

    public IBrowser? Browser { get; private set; }

    /// <summary>A path with no page: the server answers it with the not-found page (status 404).</summary>
    public const string MissingPagePath = "does-not-exist/";

    /// <summary>Site paths of one page of each kind: home, a chapter, the not-found page, the comparison page, the question bank, search, the print page, the cheat sheet.</summary>
    public IReadOnlyList<string> PageOfEachKind { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var theme = ThemeProject.Load(Path.Combine(RepositoryPaths.Root, "theme"))!;
        var project = GuideProject.Load(Path.Combine(RepositoryPaths.Root, "guide"), theme)!;
        var compilation = SiteCompilation.Create(project);
        var renderer = ThemeRenderer.Create(theme, Path.Combine(Path.GetTempPath(), "sitegen-tests-template-cache"));
        var result = SiteEmitter.Emit(compilation, renderer, SiteRoot);
        if (!result.Success) throw new InvalidOperationException("The guide did not build:\n" + string.Join("\n", result.Diagnostics));
        var firstChapter = compilation.Model.Chapters.First().SitePath;
        PageOfEachKind = ["", firstChapter, MissingPagePath, "comparison/", "questions/", "search/", "print/", "cheat-sheet/"];

        Server = await StaticSiteServer.StartAsync(SiteRoot);
        (_playwright, Browser) = await DebianChromium.LaunchAsync();
    }

    /// <summary>A fresh page in its own context (own storage), in the given colour scheme and viewport.</summary>
    public async Task<IPage> NewPageAsync(ColorScheme scheme = ColorScheme.Light, int width = 1280, int height = 900)
    {
        RequiredTool.RequireChromium();
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page in a context with the given options (permissions, scripts off, …).</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions options)
    {
        RequiredTool.RequireChromium();
        var context = await Browser!.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    public string Url(string sitePath) => Server!.BaseUrl + sitePath;

    public Task DisposeAsync() => DebianChromium.DisposeAsync(_playwright, Browser, Server, _folder);

}

[CollectionDefinition(Name)]
public sealed class GuideSiteCollection : ICollectionFixture<GuideSiteFixture>
{
    public const string Name = "Built guide";
}

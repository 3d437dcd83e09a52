using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;
using SiteGen.Emit;
using SiteGen.Emit.Templates;
using SiteGen.Sources;
using SiteGen.Tests.Security;

namespace SiteGen.BrowserTests.Security;

/// <summary>
/// The XSS matrix in a real Chromium: every page of the matrix site is opened and every link on it is
/// activated. Any dialog, any console error, or any navigation to a script URL fails the test.
/// </summary>
public sealed class XssMatrixBrowserTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitegen-xss-matrix", Guid.NewGuid().ToString("N")[..12]);
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private string SiteRoot => Path.Combine(_folder, "_site");

    public async Task InitializeAsync()
    {
        var guideRoot = Path.Combine(_folder, "guide");
        XssMatrixGuide.Write(guideRoot);
        var theme = ThemeProject.Load(Path.Combine(RepositoryPaths.Root, "theme"))!;
        var compilation = SiteCompilation.Create(GuideProject.Load(guideRoot, theme)!);
        var result = SiteEmitter.Emit(compilation, ThemeRenderer.Create(theme, Path.Combine(Path.GetTempPath(), "sitegen-tests-template-cache")), SiteRoot);
        if (!result.Success) throw new InvalidOperationException("The matrix guide did not build:\n" + string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        _server = await StaticSiteServer.StartAsync(SiteRoot);
        (_playwright, _browser) = await DebianChromium.LaunchAsync();
    }

    [SkippableFact]
    public async Task Opening_every_page_and_activating_every_link_runs_no_injected_script()
    {
        RequiredTool.RequireChromium();
        var pages = Directory.EnumerateFiles(SiteRoot, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SiteRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(pages.Length >= 8, $"{pages.Length} pages");

        var problems = new List<string>();
        var activated = 0;
        foreach (var sitePath in pages)
        {
            var context = await _browser!.NewContextAsync();
            var page = await context.NewPageAsync();
            page.Dialog += async (_, dialog) =>
            {
                problems.Add($"{sitePath}: {dialog.Type} dialog '{dialog.Message}'");
                await dialog.DismissAsync();
            };
            page.Console += (_, message) =>
            {
                // A 404 for a harmless relative src such as <img src=x> is the network, not script.
                if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) problems.Add($"{sitePath}: console error '{message.Text}'");
            };
            page.PageError += (_, error) => problems.Add($"{sitePath}: page error '{error}'");
            page.FrameNavigated += (_, frame) =>
            {
                if (!frame.Url.StartsWith("http://127.0.0.1", StringComparison.Ordinal) && frame.Url != "about:blank")
                {
                    problems.Add($"{sitePath}: navigated to '{frame.Url}'");
                }
            };
            await page.GotoAsync(_server!.BaseUrl + sitePath, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            // Safe navigations (http, https, mailto) are held back so the page stays put; anything else is let
            // through, so that a script URL that slipped into a link would run and be caught above.
            activated += await page.EvaluateAsync<int>("""
                async () => {
                  const safe = new Set(['http:', 'https:', 'mailto:']);
                  document.addEventListener('click', event => {
                    const link = event.target.closest('a');
                    const href = link && (link.href && link.href.baseVal !== undefined ? link.href.baseVal : link.href);
                    if (typeof href === 'string') {
                      try { if (safe.has(new URL(href, location.href).protocol)) event.preventDefault(); } catch { }
                    }
                  }, true);
                  const links = [...document.querySelectorAll('a')];
                  for (const link of links) {
                    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
                  }
                  // A script URL runs in a task queued by the click; let two rounds of tasks pass.
                  await new Promise(resolve => setTimeout(resolve, 0));
                  await new Promise(resolve => setTimeout(resolve, 50));
                  return links.length;
                }
                """);
            await page.EvaluateAsync("() => document.readyState");
            await context.CloseAsync();
        }

        Assert.True(activated > 4 * XssPayloads.Urls.Length, $"{activated} links activated");
        Assert.Empty(problems);
    }

    public Task DisposeAsync() => DebianChromium.DisposeAsync(_playwright, _browser, _server, _folder);
}

using Microsoft.Playwright;
using SiteGen.BrowserTests.Infrastructure;

namespace SiteGen.BrowserTests;

/// <summary>
/// A reader's comforts on the built guide: contents that stay in view with the current section marked, code
/// that copies, wide code and tables reachable and scrollable by keyboard, the current chapter in view in
/// the sidebar, controls that need scripts shown only with scripts, and pages that do not move as they load.
/// </summary>
[Collection(GuideSiteCollection.Name)]
public sealed class ReadingComfortTests(GuideSiteFixture site)
{
    private const int Laptop = 1366;
    private const int Phone = 390;

    [SkippableFact]
    public async Task On_a_wide_screen_the_contents_stay_in_view_mid_chapter_with_the_section_being_read_marked()
    {
        var chapter = ChapterWithTheLongestContents();
        var page = await site.NewPageAsync(width: Laptop, height: 900);
        await page.GotoAsync(site.Url(chapter));
        var sections = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.page-toc li > a')].map(a => a.getAttribute('href').slice(1))");
        var middle = sections[sections.Length / 2];

        // Bring the middle section's heading to the top of the window, as reading down the page does.
        await page.EvaluateAsync("id => window.scrollTo(0, document.getElementById(id).getBoundingClientRect().top + window.scrollY - 100)", middle);
        await page.WaitForFunctionAsync("id => document.querySelector('.page-toc a[aria-current]')?.getAttribute('href') === '#' + id", middle);

        Assert.Equal(1, await page.Locator(".page-toc a[aria-current]").CountAsync());
        Assert.Equal("location", await page.GetAttributeAsync(".page-toc a[aria-current]", "aria-current"));
        var contents = await page.EvaluateAsync<double[]>("() => { const r = document.querySelector('.page-toc').getBoundingClientRect(); return [r.top, r.bottom, window.innerHeight]; }");
        Assert.True(contents[0] >= 0 && contents[0] < contents[2] && contents[1] > 0, $"the contents are out of view: top {contents[0]}, bottom {contents[1]}");
        Assert.True(await page.Locator(".page-toc a[aria-current]").IsVisibleAsync());
        Assert.True(await page.Locator(".page-toc-top a").IsVisibleAsync());
    }

    [SkippableFact]
    public async Task On_a_phone_the_contents_are_the_box_at_the_top_of_the_chapter()
    {
        var page = await site.NewPageAsync(width: Phone, height: 844);
        await page.GotoAsync(site.Url(ChapterWithTheLongestContents()));

        Assert.Equal("static", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.page-toc')).position"));
        Assert.True(await page.Locator(".page-toc a").First.IsVisibleAsync());
        Assert.Equal("#main", await page.GetAttributeAsync(".back-to-top a", "href"));
        Assert.False(await page.Locator(".page-toc-top a").IsVisibleAsync());
    }

    [SkippableFact]
    public async Task The_copy_button_puts_the_code_on_the_clipboard_and_says_so()
    {
        var page = await site.NewPageAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Laptop, Height = 900 },
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        await page.GotoAsync(site.Url(FirstPageContaining("class=\"code-frame\"")));
        var frame = page.Locator(".code-frame").First;
        var code = await frame.Locator("pre code").TextContentAsync();

        await frame.Locator("button.code-copy").ClickAsync();

        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[aria-live]')].some(e => e.textContent === 'Copied')");
        Assert.Equal(code!.TrimEnd('\n'), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.False(string.IsNullOrWhiteSpace(await frame.Locator(".code-language").TextContentAsync()));
    }

    [SkippableFact]
    public async Task Copy_works_from_disk_without_the_clipboard_api_through_the_fallback()
    {
        var page = await site.NewPageAsync(width: Laptop, height: 900);
        await page.Context.AddInitScriptAsync("Object.defineProperty(navigator, 'clipboard', { value: undefined })");
        var file = Path.Combine(site.SiteRoot, FirstPageContaining("class=\"code-frame\""), "index.html");
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        var code = await page.Locator(".code-frame pre code").First.TextContentAsync();

        await page.Locator(".code-frame button.code-copy").First.ClickAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[aria-live]')].some(e => e.textContent === 'Copied')");

        // What the clipboard holds, read the way a reader gets it back: pasted into a text field.
        await page.EvaluateAsync("() => { const field = document.createElement('textarea'); field.id = 'pasted'; document.body.prepend(field); field.focus(); }");
        await page.Keyboard.PressAsync("Control+V");
        Assert.Equal(code!.TrimEnd('\n'), await page.InputValueAsync("#pasted"));
    }

    [SkippableFact]
    public async Task A_wide_table_on_a_phone_is_a_named_region_that_the_keyboard_reaches_and_scrolls()
    {
        var page = await site.NewPageAsync(width: Phone, height: 844);
        var region = await FirstOverflowingRegion(page, "class=\"table-scroll\"", ".table-scroll");

        Assert.Equal("region", await region.GetAttributeAsync("role"));
        Assert.StartsWith("Table ", await region.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        await AssertTheKeyboardReachesAndScrolls(page, region);
    }

    [SkippableFact]
    public async Task A_long_code_line_is_in_a_named_region_that_the_keyboard_reaches_and_scrolls()
    {
        var page = await site.NewPageAsync(width: Phone, height: 844);
        var region = await FirstOverflowingRegion(page, "class=\"code-frame\"", "pre.code-block");

        Assert.Equal("region", await region.GetAttributeAsync("role"));
        Assert.Contains("code, example", await region.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        await AssertTheKeyboardReachesAndScrolls(page, region);
    }

    [SkippableFact]
    public async Task The_current_chapter_is_in_view_in_the_sidebar_on_a_lower_chapter()
    {
        var page = await site.NewPageAsync(width: Laptop, height: 700);
        await page.GotoAsync(site.Url(""));
        var last = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('#site-nav a')].map(a => a.getAttribute('href')).filter(h => !h.includes('#')).at(-1)");
        await page.GotoAsync(site.Url(last));

        var inView = await page.EvaluateAsync<bool>(@"() => {
            const nav = document.getElementById('site-nav').getBoundingClientRect();
            const link = document.querySelector('#site-nav a[aria-current=page]').getBoundingClientRect();
            return link.top >= nav.top && link.bottom <= nav.bottom && link.bottom <= window.innerHeight;
        }");
        Assert.True(inView, $"the current chapter ({last}) is outside the sidebar's view");
    }

    [SkippableFact]
    public async Task Without_scripts_every_page_type_reads_and_shows_no_control_that_needs_a_script()
    {
        var page = await site.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = Phone, Height = 844 } });
        foreach (var path in site.PageOfEachKind)
        {
            await page.GotoAsync(site.Url(path));
            Assert.True(await page.Locator("main h1").IsVisibleAsync(), $"/{path} has no visible title");
            Assert.False(await page.Locator(".theme-toggle").IsVisibleAsync(), $"/{path} shows the theme control without scripts");
            Assert.False(await page.Locator(".nav-toggle").IsVisibleAsync(), $"/{path} shows the menu button without scripts");
        }
        await page.GotoAsync(site.Url(FirstPageContaining("class=\"code-frame\"")));
        Assert.True(await page.Locator(".code-language").First.IsVisibleAsync());
    }

    [SkippableTheory]
    [InlineData(Phone)]
    [InlineData(Laptop)]
    public async Task No_page_type_shifts_its_layout_while_it_loads(int width)
    {
        var page = await site.NewPageAsync(width: width, height: width == Phone ? 844 : 900);
        var shifts = new List<string>();
        foreach (var path in site.PageOfEachKind)
        {
            await page.GotoAsync(site.Url(path));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            // Layout-shift entries since navigation (buffered), leaving out shifts right after input, as CLS does.
            var shift = await page.EvaluateAsync<double>(@"() => new Promise(resolve => {
                let total = 0;
                new PerformanceObserver(list => {
                    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
                }).observe({ type: 'layout-shift', buffered: true });
                requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(total))));
            })");
            if (shift > 0.02) shifts.Add($"/{path}: {shift:0.000}");
        }

        Assert.True(shifts.Count == 0, $"layout shift above 0.02 at {width} px: " + string.Join(", ", shifts));
    }

    private static async Task AssertTheKeyboardReachesAndScrolls(IPage page, ILocator region)
    {
        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
        await region.FocusAsync();
        Assert.True(await region.EvaluateAsync<bool>("r => r === document.activeElement"));

        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("r => r.scrollLeft > 0", await region.ElementHandleAsync());
    }

    /// <summary>The chapter whose "On this page" lists the most sections (read from the built files).</summary>
    private string ChapterWithTheLongestContents() =>
        ChapterFiles()
            .Select(file => (File: file, Sections: CountOccurrences(ReadContents(file), "<li>")))
            .OrderByDescending(c => c.Sections)
            .Select(c => SitePathOf(c.File))
            .First();

    private string FirstPageContaining(string marker) =>
        ChapterFiles().Where(file => File.ReadAllText(file).Contains(marker, StringComparison.Ordinal)).Select(SitePathOf).FirstOrDefault()
        ?? throw new InvalidOperationException($"No chapter of the guide contains {marker}.");

    /// <summary>The first chapter whose HTML holds <paramref name="marker"/> and where, laid out in <paramref name="page"/>, <paramref name="predicate"/> holds.</summary>
    /// <summary>Opens the first chapter whose <paramref name="selector"/> overflows its width and returns that element.</summary>
    private async Task<ILocator> FirstOverflowingRegion(IPage page, string markup, string selector)
    {
        var regions = $"[...document.querySelectorAll('{selector}')]";
        await page.GotoAsync(site.Url(await FirstChapterWhere(page, markup, $"() => {regions}.some(r => r.scrollWidth > r.clientWidth)")));
        var index = await page.EvaluateAsync<int>($"() => {regions}.findIndex(r => r.scrollWidth > r.clientWidth)");
        return page.Locator(selector).Nth(index);
    }

    private async Task<string> FirstChapterWhere(IPage page, string marker, string predicate)
    {
        foreach (var chapter in ChapterFiles().Where(file => File.ReadAllText(file).Contains(marker, StringComparison.Ordinal)).Select(SitePathOf))
        {
            await page.GotoAsync(site.Url(chapter));
            if (await page.EvaluateAsync<bool>(predicate)) return chapter;
        }
        throw new InvalidOperationException("No chapter of the guide matches " + predicate);
    }

    private IEnumerable<string> ChapterFiles() =>
        Directory.GetFiles(site.SiteRoot, "index.html", SearchOption.AllDirectories)
            .Where(file => File.ReadAllText(file).Contains("class=\"page-chapter\"", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private string SitePathOf(string file) =>
        Path.GetRelativePath(site.SiteRoot, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/";

    private static string ReadContents(string file)
    {
        var html = File.ReadAllText(file);
        var start = html.IndexOf("<nav class=\"page-toc\"", StringComparison.Ordinal);
        return start < 0 ? string.Empty : html[start..html.IndexOf("</nav>", start, StringComparison.Ordinal)];
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}

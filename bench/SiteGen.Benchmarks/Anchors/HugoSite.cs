namespace SiteGen.Benchmarks.Anchors;

/// <summary>
/// Hugo's side of the corpus: a config with highlighting on and minimal layouts of our own (a page with its
/// title, section list and content; a list page), so Hugo does comparable work and no theme is downloaded.
/// Pagefind indexes the article body (data-pagefind-body), its default setting for a marked region.
/// </summary>
public static class HugoSite
{
    public static void Write(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "layouts", "_default"));
        File.WriteAllText(Path.Combine(root, "hugo.toml"), """
            baseURL = "http://127.0.0.1/"
            title = "Anchor corpus"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
            [markup.highlight]
              codeFences = true
              noClasses = false
            [markup.goldmark.parser]
              autoHeadingID = true
            """);
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "baseof.html"), """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
            <meta name="description" content="{{ .Description }}"></head>
            <body><nav><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
            <ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """);
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "single.html"), """
            {{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}</article>
            <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>{{ end }}
            """);
        File.WriteAllText(Path.Combine(root, "layouts", "_default", "list.html"), """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """);
    }
}

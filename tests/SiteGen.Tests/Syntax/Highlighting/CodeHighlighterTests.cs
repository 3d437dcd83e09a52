using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using SiteGen.Syntax.Highlighting;

namespace SiteGen.Tests.Syntax.Highlighting;

public sealed class CodeHighlighterTests
{
    private const string PythonSample =
        "import os\n" +
        "\n" +
        "@app.route(\"/items/<int:id>\", methods=[\"GET\"])\n" +
        "def show(id: int, *, limit=10) -> dict:\n" +
        "    \"\"\"Docstring with <b>tags</b> & \"quotes\"\n" +
        "    spanning lines.\"\"\"\n" +
        "    # a comment: café ☕ 😀\n" +
        "    x = f\"value {id!r:>4} and {{braces}}\"\n" +
        "\tif x is not None and len(x) > 0x1F:\n" +
        "        return {\"id\": id, 'ok': True, \"n\": 3.14e-2}\n" +
        "    raise ValueError(r\"bad \\d\")\n" +
        "\n" +
        "class Foo(Base):\n" +
        "    def __init__(self):\n" +
        "        self.bar = None  # trailing\n";

    private const string DjangoSample =
        "<!DOCTYPE html>\n" +
        "{% extends \"base.html\" %}\n" +
        "{% block content %}\n" +
        "<a href=\"{% url 'home' %}\" class=\"nav\">Home &amp; away</a>\n" +
        "{% for item in items|dictsort:\"name\" %}\n" +
        "  <li id=\"i-{{ item.id }}\">{{ item.name|title }}</li>\n" +
        "{% endfor %}\n" +
        "{# a template comment #}\n" +
        "{% comment %}<p>{{ hidden }}</p>{% endcomment %}\n" +
        "{% raw %}{{ literal }}{% endraw %}\n" +
        "<script>\n" +
        "  const data = {{ payload|tojson }};\n" +
        "</script>\n" +
        "<div {% if x %}hidden{% endif %}>{{ {'k': 1}['k'] }}</div>\n" +
        "{{ unclosed\n" +
        "<!-- html comment -->\n" +
        "{%- endblock -%}";

    private const string BashSample =
        "#!/usr/bin/env bash\r\n" +
        "set -euo pipefail\r\n" +
        "export FOO=\"bar $HOME ${X:-1}\"\r\n" +
        "for f in *.txt; do\r\n" +
        "  echo \"$f\" | grep -v '<x>' > out.txt 2>&1\r\n" +
        "done\r\n" +
        "cat <<EOF\r\n" +
        "heredoc & text\r\n" +
        "EOF\r\n";

    private const string ConsoleSample =
        "$ python -m venv .venv\n" +
        "(venv) $ pip install flask \\\n" +
        "    \"jinja2>=3\" && echo ok\n" +
        "Collecting flask\n" +
        "# a comment\n" +
        "$\n";

    private const string PyconSample =
        ">>> def f(x):\n" +
        "...     return \"\"\"multi\n" +
        "... line\"\"\"\n" +
        "...\n" +
        ">>> f(1)\n" +
        "'multi\\nline'\n" +
        "Traceback (most recent call last):\n" +
        "  File \"<stdin>\", line 1, in <module>\n";

    private const string JsonSample =
        "{\n" +
        "  \"name\": \"<x> & y\",\n" +
        "  \"n\": -1.5e3,\n" +
        "  \"ok\": true,\n" +
        "  \"arr\": [null, {\"k\": false}]\n" +
        "}";

    private const string YamlSample =
        "---\n" +
        "# config\n" +
        "on:\n" +
        "  push:\n" +
        "    branches: [main]\n" +
        "name: \"site <x>\"\n" +
        "anchors: &a\n" +
        "  x: *a\n" +
        "multi: |\n" +
        "  line one & two\n" +
        "empty:\n";

    private const string XmlSample =
        "<?xml version=\"1.0\"?>\n" +
        "<root a=\"1\"><!-- c --><![CDATA[ <raw> & ]]></root>\n";

    public static TheoryData<string, string> SamplesOfEachLanguage => new()
    {
        { "python", PythonSample },
        { "django", DjangoSample },
        { "html", DjangoSample },
        { "bash", BashSample },
        { "console", ConsoleSample },
        { "pycon", PyconSample },
        { "json", JsonSample },
        { "yaml", YamlSample },
        { "xml", XmlSample },
    };

    [Theory]
    [InlineData("py", "python")]
    [InlineData("Python3", "python")]
    [InlineData("pycon", "pycon")]
    [InlineData("HTM", "html")]
    [InlineData("htmldjango", "django")]
    [InlineData("Jinja2", "django")]
    [InlineData("html+jinja", "django")]
    [InlineData("html+django", "django")]
    [InlineData("sh", "bash")]
    [InlineData("zsh", "bash")]
    [InlineData("shell", "bash")]
    [InlineData("console", "console")]
    [InlineData("JSON", "json")]
    [InlineData("yml", "yaml")]
    [InlineData("xml", "xml")]
    [InlineData("  python {linenos=true}", "python")]
    [InlineData("cobol", null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void NormalizeLanguage_maps_fence_names_onto_canonical_ids(string? fenceName, string? expected)
    {
        Assert.Equal(expected, CodeHighlighter.NormalizeLanguage(fenceName));
    }

    [Theory]
    [InlineData("python")]
    [InlineData("pycon")]
    [InlineData("html")]
    [InlineData("django")]
    [InlineData("xml")]
    [InlineData("bash")]
    [InlineData("console")]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Canonical_id_normalizes_to_itself_and_highlights(string id)
    {
        // The Markdown renderer passes the normalized id back in.
        Assert.Equal(id, CodeHighlighter.NormalizeLanguage(id));
        Assert.True(CodeHighlighter.Shared.TryHighlight(id, "x", out _));
    }

    [Theory]
    [InlineData("cobol")]
    [InlineData("")]
    [InlineData(null)]
    public void TryHighlight_returns_false_for_an_unknown_or_empty_language(string? language)
    {
        Assert.False(CodeHighlighter.Shared.TryHighlight(language, "x = 1", out var html));
        Assert.Equal(string.Empty, html);
    }

    [Fact]
    public void Empty_code_highlights_to_empty_html()
    {
        Assert.True(CodeHighlighter.Shared.TryHighlight("python", string.Empty, out var html));
        Assert.Equal(string.Empty, html);
    }

    [Fact]
    public void Python_def_is_a_keyword_and_the_name_it_defines_is_a_function()
    {
        Assert.Equal(
            "<span class=\"hl-k\">def</span> <span class=\"hl-f\">show</span>(x):",
            Highlight("python", "def show(x):"));
    }

    [Fact]
    public void Python_comment_is_a_comment()
    {
        Assert.Equal(
            "x <span class=\"hl-p\">=</span> <span class=\"hl-n\">1</span>  <span class=\"hl-c\"># note</span>",
            Highlight("py", "x = 1  # note"));
    }

    [Fact]
    public void Python_decorator_strings_builtins_and_constants_get_their_classes()
    {
        var html = Highlight("python", "@app.route(\"/\")\nprint(len(x), True)");

        Assert.Equal(
            "<span class=\"hl-d\">@app.route</span>(<span class=\"hl-s\">&quot;/&quot;</span>)\n" +
            "<span class=\"hl-t\">print</span>(<span class=\"hl-t\">len</span>(x), <span class=\"hl-n\">True</span>)",
            html);
    }

    [Fact]
    public void Python_word_operators_are_keywords_and_adjacent_keywords_share_one_span()
    {
        Assert.Equal(
            "<span class=\"hl-k\">if</span> x <span class=\"hl-k\">is not</span> <span class=\"hl-n\">None</span>:",
            Highlight("python", "if x is not None:"));
    }

    [Fact]
    public void Python_class_name_and_base_are_types()
    {
        Assert.Equal(
            "<span class=\"hl-k\">class</span> <span class=\"hl-t\">Foo</span>(<span class=\"hl-t\">Base</span>):",
            Highlight("python", "class Foo(Base):"));
    }

    [Fact]
    public void Multiline_string_closes_its_span_at_each_line_end_and_reopens_it()
    {
        Assert.Equal(
            "s <span class=\"hl-p\">=</span> <span class=\"hl-s\">&quot;&quot;&quot;one</span>\n" +
            "<span class=\"hl-s\">two&quot;&quot;&quot;</span>",
            Highlight("python", "s = \"\"\"one\ntwo\"\"\""));
    }

    [Fact]
    public void Script_tag_inside_code_comes_out_escaped()
    {
        var html = Highlight("python", "page = \"<script>alert('x')</script>\"");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_tags_attributes_and_values_get_their_classes()
    {
        Assert.Equal(
            "<span class=\"hl-p\">&lt;</span><span class=\"hl-tag\">a</span> <span class=\"hl-attr\">class</span>=" +
            "<span class=\"hl-s\">&quot;nav&quot;</span><span class=\"hl-p\">&gt;</span>Home" +
            "<span class=\"hl-p\">&lt;/</span><span class=\"hl-tag\">a</span><span class=\"hl-p\">&gt;</span>",
            Highlight("html", "<a class=\"nav\">Home</a>"));
    }

    [Theory]
    [InlineData("html")]
    [InlineData("django")]
    [InlineData("jinja2")]
    public void Url_tag_inside_an_href_value_is_a_template_tag_within_the_string(string language)
    {
        Assert.Equal(
            "<span class=\"hl-p\">&lt;</span><span class=\"hl-tag\">a</span> <span class=\"hl-attr\">href</span>=" +
            "<span class=\"hl-s\">&quot;</span><span class=\"hl-tpl\">{%</span> <span class=\"hl-k\">url</span> " +
            "<span class=\"hl-s\">'home'</span> <span class=\"hl-tpl\">%}</span><span class=\"hl-s\">&quot;</span>" +
            "<span class=\"hl-p\">&gt;</span>",
            Highlight(language, "<a href=\"{% url 'home' %}\">"));
    }

    [Fact]
    public void Template_statement_marks_tag_name_keywords_filters_and_strings()
    {
        Assert.Equal(
            "<span class=\"hl-tpl\">{%</span> <span class=\"hl-k\">for</span> item <span class=\"hl-k\">in</span> " +
            "items<span class=\"hl-p\">|</span><span class=\"hl-f\">dictsort</span>:<span class=\"hl-s\">&quot;name&quot;</span> " +
            "<span class=\"hl-tpl\">%}</span>",
            Highlight("django", "{% for item in items|dictsort:\"name\" %}"));
    }

    [Fact]
    public void Template_expression_with_whitespace_control_marks_the_dashes_as_delimiters()
    {
        Assert.Equal(
            "<span class=\"hl-tpl\">{{-</span> user.name<span class=\"hl-p\">|</span><span class=\"hl-f\">title</span> " +
            "<span class=\"hl-tpl\">-}}</span>",
            Highlight("django", "{{- user.name|title -}}"));
    }

    [Fact]
    public void Template_comments_and_comment_blocks_are_comments()
    {
        Assert.Equal(
            "<span class=\"hl-c\">{# note #}</span>\n" +
            "<span class=\"hl-tpl\">{%</span> <span class=\"hl-k\">comment</span> <span class=\"hl-tpl\">%}</span>" +
            "<span class=\"hl-c\">&lt;p&gt;{{ x }}</span><span class=\"hl-tpl\">{%</span> <span class=\"hl-k\">endcomment</span> " +
            "<span class=\"hl-tpl\">%}</span>",
            Highlight("django", "{# note #}\n{% comment %}<p>{{ x }}{% endcomment %}"));
    }

    [Fact]
    public void Raw_block_content_is_not_read_as_template_tags()
    {
        var html = Highlight("jinja", "{% raw %}{{ literal }}{% endraw %}");

        Assert.Contains("<span class=\"hl-tpl\">%}</span>{{ literal }}<span class=\"hl-tpl\">{%</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_expression_inside_script_does_not_derail_the_javascript()
    {
        var html = Highlight("django", "<script>\nconst data = {{ payload|tojson }};\nif (x) { y(); }\n</script>");

        Assert.Contains(
            "<span class=\"hl-k\">const</span> data <span class=\"hl-p\">=</span> <span class=\"hl-tpl\">{{</span>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<span class=\"hl-k\">if</span> (x)", html, StringComparison.Ordinal);
        Assert.EndsWith("<span class=\"hl-p\">&lt;/</span><span class=\"hl-tag\">script</span><span class=\"hl-p\">&gt;</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_tag_between_attributes_leaves_the_html_tag_intact()
    {
        Assert.Equal(
            "<span class=\"hl-p\">&lt;</span><span class=\"hl-tag\">div</span> <span class=\"hl-tpl\">{%</span> " +
            "<span class=\"hl-k\">if</span> x <span class=\"hl-tpl\">%}</span><span class=\"hl-attr\">hidden</span>" +
            "<span class=\"hl-tpl\">{%</span> <span class=\"hl-k\">endif</span> <span class=\"hl-tpl\">%}</span>" +
            "<span class=\"hl-p\">&gt;</span>",
            Highlight("html", "<div {% if x %}hidden{% endif %}>"));
    }

    [Fact]
    public void Unclosed_template_expression_stays_plain_text()
    {
        Assert.Equal("{{ unclosed", Highlight("django", "{{ unclosed"));
    }

    [Fact]
    public void Bash_keywords_builtins_variables_and_comments_get_their_classes()
    {
        Assert.Equal(
            "<span class=\"hl-k\">for</span> f <span class=\"hl-k\">in</span> a b<span class=\"hl-p\">;</span> " +
            "<span class=\"hl-k\">do</span> <span class=\"hl-t\">echo</span> <span class=\"hl-s\">&quot;</span>" +
            "<span class=\"hl-v\">$f</span><span class=\"hl-s\">&quot;</span><span class=\"hl-p\">;</span> " +
            "<span class=\"hl-k\">done</span> <span class=\"hl-c\"># loop</span>",
            Highlight("sh", "for f in a b; do echo \"$f\"; done # loop"));
    }

    [Fact]
    public void Console_prompts_are_punctuation_commands_are_shell_and_output_is_plain()
    {
        Assert.Equal(
            "<span class=\"hl-p\">$</span> <span class=\"hl-t\">echo</span> <span class=\"hl-s\">'hi'</span>\n" +
            "hi",
            Highlight("console", "$ echo 'hi'\nhi"));
    }

    [Fact]
    public void Pycon_prompts_are_punctuation_and_continuation_lines_keep_python_state()
    {
        Assert.Equal(
            "<span class=\"hl-p\">&gt;&gt;&gt;</span> s <span class=\"hl-p\">=</span> <span class=\"hl-s\">&quot;&quot;&quot;a</span>\n" +
            "<span class=\"hl-p\">...</span> <span class=\"hl-s\">b&quot;&quot;&quot;</span>\n" +
            "'a\\nb'",
            Highlight("pycon", ">>> s = \"\"\"a\n... b\"\"\"\n'a\\nb'"));
    }

    [Fact]
    public void Json_keys_are_variables_and_values_strings_or_numbers()
    {
        Assert.Equal(
            "{<span class=\"hl-v\">&quot;a&quot;</span>: <span class=\"hl-s\">&quot;x&quot;</span>, " +
            "<span class=\"hl-v\">&quot;b&quot;</span>: [<span class=\"hl-n\">1</span>, <span class=\"hl-n\">null</span>]}",
            Highlight("json", "{\"a\": \"x\", \"b\": [1, null]}"));
    }

    [Fact]
    public void Yaml_keys_are_variables_even_when_they_spell_a_boolean()
    {
        Assert.Equal(
            "<span class=\"hl-v\">on</span>:\n" +
            "  <span class=\"hl-v\">name</span>: <span class=\"hl-s\">site</span> <span class=\"hl-c\"># c</span>\n" +
            "  <span class=\"hl-p\">-</span> <span class=\"hl-n\">true</span>",
            Highlight("yaml", "on:\n  name: site # c\n  - true"));
    }

    [Fact]
    public void Overlong_line_is_written_plain_but_escaped()
    {
        var line = "x = \"" + new string('<', GrammarLineTokenizer.MaxTokenizedLineLength) + "\"";

        var html = Highlight("python", "def f():\n" + line);

        Assert.EndsWith("\nx = &quot;" + string.Concat(Enumerable.Repeat("&lt;", GrammarLineTokenizer.MaxTokenizedLineLength)) + "&quot;", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SamplesOfEachLanguage))]
    public void Stripping_tags_and_unescaping_gives_back_the_input_exactly(string language, string code)
    {
        var html = Highlight(language, code);

        Assert.Equal(code, WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", string.Empty)));
    }

    [Theory]
    [MemberData(nameof(SamplesOfEachLanguage))]
    public void Output_is_only_class_spans_that_never_cross_a_line_and_never_repeat_a_class(string language, string code)
    {
        var html = Highlight(language, code);

        Assert.All(Regex.Matches(html, "<[^>]*>"), tag => Assert.Matches("^(</span>|<span class=\"hl-(k|s|c|n|f|t|d|tag|attr|p|tpl|v)\">)$", tag.Value));
        Assert.DoesNotMatch("<span[^>]*>[^<]*\n", html);
        Assert.DoesNotMatch("<span class=\"([a-z-]+)\">[^<]*</span><span class=\"\\1\">", html);
        foreach (var line in html.Split('\n'))
        {
            Assert.Equal(Regex.Count(line, "<span "), Regex.Count(line, "</span>"));
        }
    }

    [Fact]
    public void Concurrent_highlights_equal_the_sequential_result()
    {
        var samples = SamplesOfEachLanguage.Select(row => ((string)row[0], (string)row[1])).ToArray();
        var expected = samples.Select(s => Highlight(s.Item1, s.Item2)).ToArray();
        var results = new ConcurrentBag<(int Index, string Html)>();

        Parallel.For(0, 200, i =>
        {
            var (language, code) = samples[i % samples.Length];
            Assert.True(CodeHighlighter.Shared.TryHighlight(language, code, out var html));
            results.Add((i % samples.Length, html));
        });

        Assert.Equal(200, results.Count);
        Assert.All(results, result => Assert.Equal(expected[result.Index], result.Html));
    }

    private static string Highlight(string language, string code)
    {
        Assert.True(CodeHighlighter.Shared.TryHighlight(language, code, out var html));
        return html;
    }
}

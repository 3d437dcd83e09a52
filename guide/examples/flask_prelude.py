# Runs before every {test=flask-files} block (guide.yml): writes the files that the chapter shows next to the
# block (config.yaml, the templates folder) into the block's scratch folder, where Flask(__name__) looks.
import pathlib as _pathlib

_CHAPTER_FILES = {
    # flask-fundamentals.md, "Loading configuration"
    "config.yaml": """\
PAGE_SIZE: 20
MAX_CONTENT_LENGTH: 1048576
feature_x: true   # ignored, because the key is lowercase
""",
    # flask-templates.md, "Template inheritance" and "Macros and import"
    "templates/base.html": """\
<!doctype html>
<title>{% block title %}Shop{% endblock %}</title>
<nav>{% block nav %}<a href="{{ url_for('index') }}">Home</a>{% endblock %}</nav>
<main>{% block content %}{% endblock %}</main>
""",
    "templates/shop/product.html": """\
{% extends "base.html" %}
{% block title %}{{ product.name }} | {{ super() }}{% endblock %}
{% block content %}
  <h1>{{ product.name }}</h1>
  <p>{{ product.price|price }}</p>
  {% include "shop/_reviews.html" ignore missing %}
{% endblock %}
""",
    "templates/_forms.html": """\
{% macro field(name, label, value="", type="text") -%}
  <label>{{ label }} <input type="{{ type }}" name="{{ name }}" value="{{ value }}"></label>
{%- endmacro %}

{% macro card(title) -%}
  <section class="card"><h2>{{ title }}</h2>{{ caller() }}</section>
{%- endmacro %}

{% macro greeting() -%}
  Hello {{ current_shop|default("(no shop)") }}, path {{ request.path }}
{%- endmacro %}
""",
    "templates/signup.html": """\
{% import "_forms.html" as forms %}
{% from "_forms.html" import greeting with context %}
{% call forms.card("Sign up") %}
  {{ forms.field("email", "Email", value=email, type="email") }}
{% endcall %}
<p>{{ forms.greeting() }}</p>
<p>{{ greeting() }}</p>
""",
}
for _name, _text in _CHAPTER_FILES.items():
    _path = _pathlib.Path(_name)
    _path.parent.mkdir(parents=True, exist_ok=True)
    _path.write_text(_text, encoding="utf-8")

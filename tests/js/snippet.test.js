// Highlight ranges (which words to wrap in <mark>) and snippets centred on the first match.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { highlightRanges, makeSnippet } = require('../../theme/assets/js/search-core.js');

const marked = (text, ranges) => ranges.map(([start, end]) => text.slice(start, end));

test('marks words whose stem equals or starts with a term', () => {
  const text = 'Django migrations, querying and routes: routing rules.';
  assert.deepEqual(marked(text, highlightRanges(text, ['migrat', 'queri', 'rout'])), ['migrations', 'querying', 'routes', 'routing']);
});

test('marks a whole identifier or only the matching part of it', () => {
  const text = 'Call select_related() on the QuerySet.';
  assert.deepEqual(marked(text, highlightRanges(text, ['select_related'])), ['select_related']);
  assert.deepEqual(marked(text, highlightRanges(text, ['relat'])), ['related']);
  assert.deepEqual(marked(text, highlightRanges(text, ['queryset'])), ['QuerySet']);
});

test('adjacent matching parts merge into one range', () => {
  const text = 'a ModelForm here';
  assert.deepEqual(highlightRanges(text, ['model', 'form']), [[2, 11]]);
});

test('ranges point into the original text, accents and all', () => {
  assert.deepEqual(highlightRanges('Caf\u00e9 D\u00e9j\u00e0 vu', ['cafe', 'deja']), [[0, 4], [5, 9]]);
  assert.deepEqual(highlightRanges('Cafe\u0301 time', ['cafe']), [[0, 5]]);
});

test('short terms must match exactly', () => {
  const text = "Django's sessions";
  assert.deepEqual(marked(text, highlightRanges(text, ['s'])), ['s']);
});

test('no terms, no text or odd input give no ranges', () => {
  assert.deepEqual(highlightRanges('routing', []), []);
  assert.deepEqual(highlightRanges('', ['rout']), []);
  assert.deepEqual(highlightRanges(null, null), []);
  assert.deepEqual(highlightRanges('(.*+?[', ['(.*']), []);
});

const filler = (words) => Array.from({ length: words }, (_, i) => 'word' + i).join(' ');

test('a snippet is centred on the first match, cut at word boundaries', () => {
  const excerpt = filler(60) + ' Django migrations keep the schema in step. ' + filler(60);
  const snippet = makeSnippet(excerpt, ['migrat'], 120);
  assert.ok(snippet.text.startsWith('\u2026') && snippet.text.endsWith('\u2026'));
  assert.ok(snippet.text.length <= 122);
  assert.deepEqual(marked(snippet.text, snippet.ranges), ['migrations']);
  const middle = (snippet.ranges[0][0] + snippet.ranges[0][1]) / 2;
  assert.ok(Math.abs(middle - snippet.text.length / 2) < 15, 'centred: ' + snippet.text);
  assert.match(snippet.text, /^\u2026word\d+ /, 'starts with a whole word');
  assert.match(snippet.text, / word\d+\u2026$/, 'ends with a whole word');
});

test('a match near the end shows the end of the excerpt', () => {
  const excerpt = filler(80) + ' about blueprints';
  const snippet = makeSnippet(excerpt, ['blueprint'], 100);
  assert.ok(snippet.text.startsWith('\u2026'));
  assert.ok(snippet.text.endsWith('about blueprints'));
  assert.deepEqual(marked(snippet.text, snippet.ranges), ['blueprints']);
});

test('without a match the snippet is the start of the excerpt', () => {
  const excerpt = 'Routing   maps\nURLs. ' + filler(80);
  const snippet = makeSnippet(excerpt, ['nothing'], 80);
  assert.ok(snippet.text.startsWith('Routing maps URLs.'));
  assert.ok(snippet.text.endsWith('\u2026'));
  assert.deepEqual(snippet.ranges, []);
});

test('a short excerpt is kept whole', () => {
  assert.deepEqual(makeSnippet('Flask routing', ['rout'], 160), { text: 'Flask routing', ranges: [[6, 13]] });
});

test('only the matches inside the window are kept', () => {
  const excerpt = 'routing ' + filler(100) + ' routing';
  const snippet = makeSnippet(excerpt, ['rout'], 60);
  assert.deepEqual(marked(snippet.text, snippet.ranges), ['routing']);
});

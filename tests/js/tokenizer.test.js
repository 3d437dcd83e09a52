// The shared tokenizer and stemmer vectors (tests/search/vectors.json), which the C# suite runs too.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { tokenize, stem } = require('../../theme/assets/js/search-core.js');
const vectors = require(path.join(__dirname, '..', 'search', 'vectors.json'));

test('stems every vector word as the reference Porter stemmer does', () => {
  for (const [word, expected] of Object.entries(vectors.stems)) {
    assert.equal(stem(word), expected, word);
  }
});

for (const vector of vectors.tokens) {
  test('tokenizes ' + JSON.stringify(vector.text), () => {
    assert.deepEqual(tokenize(vector.text), vector.tokens);
  });
}

test('keeps the reference implementation departures from the 1980 paper', () => {
  // "-bli" -> "-ble" and "-logi" -> "-log" (Martin Porter's reference C code); words of 1-2 letters unchanged.
  assert.equal(stem('possibly'), 'possibl');
  assert.equal(stem('technology'), 'technolog');
  assert.equal(stem('is'), 'is');
});

test('drops stop words but never whole runs', () => {
  assert.deepEqual(tokenize('the and of'), []);
  assert.deepEqual(tokenize('is_it'), ['is_it']);
});

test('never throws on odd input', () => {
  for (const input of [null, undefined, 42, {}, '\u0000\uffff\ud800', '(.*+?[', 'x'.repeat(100000)]) {
    assert.ok(Array.isArray(tokenize(input)));
  }
});

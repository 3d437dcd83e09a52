'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { createScriptLoader } = require('../../theme/assets/js/search-core.js');

// A stand-in for the browser's document: appending a script "loads" the file at its src from `files`
// (a [name, data] pair that the file would register), then fires onload, or onerror when there is none.
function scriptDocument(files) {
  const requested = [];
  return {
    requested,
    createElement: () => ({ remove() {} }),
    head: {
      appendChild(script) {
        requested.push(script.src);
        setTimeout(() => {
          const file = files[script.src];
          if (file) globalThis.SiteGenSearch.register(file[0], file[1]);
          (file ? script.onload : script.onerror)();
        });
      }
    }
  };
}

const RANGE_1 = { pages: [['b/', 'B', 1024, 2, 'cafe0002']], meta: 'ff' };

test('range files are named by the manifest and a page\'s documents by its row in its range', async () => {
  const doc = scriptDocument({
    'site/search/manifest.js': ['manifest', { version: 5, range: 1024, shards: {}, ranges: ['aaaa0000', 'bbbb0001'], definitions: [] }],
    'site/search/p-1.bbbb0001.js': ['p-1', RANGE_1],
    'site/search/d-1024.cafe0002.js': ['d-1024', [['#b1', 'B one', 'Text.']]]
  });
  const loader = createScriptLoader('site/', doc);

  assert.deepEqual(await loader.load('p-1'), RANGE_1);
  assert.deepEqual(await loader.load('d-1024'), [['#b1', 'B one', 'Text.']]);
  assert.deepEqual(doc.requested, ['site/search/manifest.js', 'site/search/p-1.bbbb0001.js', 'site/search/d-1024.cafe0002.js']);
});

test('the only range of a small site is read from the manifest, with no request of its own', async () => {
  const inline = { pages: [['a/', 'A', 0, 1, 'cafe0001']], meta: 'f' };
  const doc = scriptDocument({
    'search/manifest.js': ['manifest', { version: 5, range: 1024, shards: {}, ranges: [inline], definitions: [] }],
    'search/d-0.cafe0001.js': ['d-0', [['', 'A', 'Text.']]]
  });
  const loader = createScriptLoader('', doc);

  assert.deepEqual(await loader.load('p-0'), inline);
  assert.deepEqual(await loader.load('d-0'), [['', 'A', 'Text.']]);
  assert.deepEqual(doc.requested, ['search/manifest.js', 'search/d-0.cafe0001.js']);
});

test('a manifest the engine file carried costs no request', async () => {
  const manifest = { version: 5, range: 1024, shards: { a: 'abcd0001' }, ranges: [], definitions: [] };
  const doc = scriptDocument({ 'search/t-a.abcd0001.js': ['t-a', { pi: '95a' }] });
  globalThis.SiteGenSearchFiles = { manifest: manifest };
  try {
    const loader = createScriptLoader('', doc);
    assert.equal(await loader.load('manifest'), manifest);
    assert.deepEqual(await loader.load('t-a'), { pi: '95a' });
    assert.deepEqual(doc.requested, ['search/t-a.abcd0001.js']);
  } finally {
    delete globalThis.SiteGenSearchFiles;
  }
});

test('a number where no page starts has no file to load', async () => {
  const doc = scriptDocument({
    'search/manifest.js': ['manifest', { version: 5, range: 1024, shards: {}, ranges: [{ pages: [['a/', 'A', 8, 1, 'cafe0001']], meta: '--------f' }], definitions: [] }]
  });
  await assert.rejects(createScriptLoader('', doc).load('d-0'), /No search index file for d-0/);
  assert.deepEqual(doc.requested, ['search/manifest.js']);
});

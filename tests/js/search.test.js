// Query evaluation against a tiny index built here in the format of docs/search.md, which SearchIndexWriter writes.
'use strict';
const { test, describe } = require('node:test');
const assert = require('node:assert/strict');
const { tokenize, createSearch, decodePostings } = require('../../theme/assets/js/search-core.js');

const DOCS = [
  ['flask-routing/', 'Routing in Flask', 'Routing in Flask', 'Flask maps URLs to view functions with the @app.route decorator. Routing rules can take variables.'],
  ['flask-routing/#blueprints', 'Routing in Flask', 'Blueprints', 'A blueprint groups related routes, templates and static files; register it on the app with register_blueprint.'],
  ['flask-routing/#converters', 'Routing in Flask', 'Converters', 'Converters such as int and path turn parts of the URL into typed view arguments during routing.'],
  ['flask-routing/#building-urls', 'Routing in Flask', 'Building URLs', 'Never hard-code a URL in a template; build it from the endpoint name. Routing then stays in one place.'],
  ['flask-routing/#endpoints', 'Routing in Flask', 'Endpoints', 'Every route has an endpoint. Use url_for for URL building instead of string formatting; converters are applied in routing.'],
  ['django-orm/#migrations', 'The Django ORM', 'Migrations', 'makemigrations writes migration files and migrate applies the schema changes to the database.'],
  ['django-orm/#querysets', 'The Django ORM', 'QuerySets', 'select_related follows foreign keys in one query; querying is lazy until the QuerySet is evaluated.'],
  ['django-middleware/', 'Middleware', 'Middleware', 'Django middleware is a chain of hooks around every request and response. Flask uses before_request instead.'],
  ['questions/#q-sessions', 'Question bank', 'How do sessions work in Flask and Django?', 'Flask keeps the session in a signed cookie. Django keeps sessions on the server by default; its middleware loads them.'],
  ['django-orm/#select-myths', 'The Django ORM', 'Select myths', 'A SELECT is not always slow: selecting related rows, select lists and related joins are planned together.'],
  ['glossary/#blueprint', 'Glossary', 'Blueprint', 'Flask. A blueprint is a group of routes registered on the app later.', true]
];

/* ---------------------------------------------------------------- A minimal index builder */

// Title, heading, prose (the builder here has no code field; SearchIndexBuilder weighs code 0.25).
const FIELDS = [{ column: 1, weight: 1.5 }, { column: 2, weight: 3 }, { column: 3, weight: 1 }];
const HEADING = 1;
const K1 = 1.2;
const B = 0.75;
const HEADING_BOOST = 1.5;
const DEFINITION_FACTOR = 0.5;

// term -> [{ doc, score, heading }] (by document) with BM25F scores, and the largest score.
function bm25f(docs) {
  const fieldTokens = docs.map((doc) => FIELDS.map((field) => tokenize(doc[field.column])));
  const averages = FIELDS.map((field, f) => fieldTokens.reduce((sum, fields) => sum + fields[f].length, 0) / docs.length);
  const raw = new Map();
  fieldTokens.forEach((fields, doc) => {
    const weighted = new Map();
    const inHeading = new Set(fields[HEADING]);
    fields.forEach((tokens, f) => {
      const norm = 1 - B + B * tokens.length / averages[f];
      tokens.forEach((term) => weighted.set(term, (weighted.get(term) || 0) + FIELDS[f].weight / norm));
    });
    weighted.forEach((tf, term) => {
      if (!raw.has(term)) raw.set(term, []);
      raw.get(term).push({ doc, tf, heading: inHeading.has(term) });
    });
  });
  let max = 0;
  raw.forEach((postings) => {
    const idf = Math.log(1 + (docs.length - postings.length + 0.5) / (postings.length + 0.5));
    postings.forEach((p) => {
      p.score = idf * p.tf * (K1 + 1) / (p.tf + K1) * (p.heading ? HEADING_BOOST : 1) * (docs[p.doc][4] ? DEFINITION_FACTOR : 1);
      max = Math.max(max, p.score);
    });
  });
  return { terms: raw, max };
}

// Grades (level 0-47 x 2, +1 in the heading), highest first: two digits, then base-26 gaps from -1, least
// significant digit first, uppercase except the last.
function encodeGrades(postings) {
  const grades = new Map();
  for (const { doc, grade } of postings) grades.set(grade, (grades.get(grade) || []).concat(doc));
  let text = '';
  for (const grade of [...grades.keys()].sort((a, b) => b - a)) {
    text += String(grade).padStart(2, '0');
    let previous = -1;
    for (const doc of grades.get(grade).sort((a, b) => a - b)) {
      let gap = doc - previous;
      previous = doc;
      for (; gap >= 26; gap = Math.floor(gap / 26)) text += String.fromCharCode(65 + gap % 26);
      text += String.fromCharCode(97 + gap);
    }
  }
  return text;
}

const levelOf = (score, max) => Math.min(47, Math.max(0, Math.round(47 + 4 * Math.log2(score / max))));

// The index files by name, as the browser loader would hand them over after register(): documents numbered
// by page (pages in url order, each in a block of `block` numbers that does not cross a range boundary),
// terms in one-letter shards, a file of documents per page, the page table (with each page's file) and
// length classes in ranges of `range` numbers.
function buildIndex(docs, block, range) {
  const pageUrl = (doc) => doc[0].split('#')[0];
  const pageUrls = [...new Set(docs.map(pageUrl))].sort();
  const numbers = new Array(docs.length);
  const pages = [];
  let next = 0;
  for (const url of pageUrls) {
    const members = docs.map((doc, i) => i).filter((i) => pageUrl(docs[i]) === url);
    const size = Math.ceil(members.length / block) * block;
    if (next % range !== 0 && next % range + size > range) next += range - next % range;
    members.forEach((d, k) => { numbers[d] = next + k; });
    pages.push([url, docs[members[0]][1], next, members.length, '0000000' + pages.length % 10]);
    next += size;
  }
  const files = {};
  const shards = {};
  const { terms, max } = bm25f(docs);
  terms.forEach((postings, term) => {
    const key = term.slice(0, 1);
    shards[key] = '0000000' + Object.keys(shards).length % 10;
    (files['t-' + key] = files['t-' + key] || {})[term.slice(1)] =
      encodeGrades(postings.map(({ doc, score, heading }) => ({ doc: numbers[doc], grade: levelOf(score, max) * 2 + (heading ? 1 : 0) })));
  });
  const byNumber = new Array(next).fill(null);
  docs.forEach((doc, d) => { byNumber[numbers[d]] = doc; });
  for (const page of pages) {
    files['d-' + page[2]] = byNumber.slice(page[2], page[2] + page[3])
      .map((doc) => [doc[0].includes('#') ? doc[0].slice(doc[0].indexOf('#')) : '', doc[2], doc[3]]);
  }
  const meta = byNumber.map((doc) => (doc ? 'f' : '-')).join('');
  const ranges = [];
  for (let start = 0; start < next; start += range) {
    files['p-' + ranges.length] = {
      pages: pages.filter((page) => page[2] >= start && page[2] < start + range),
      meta: meta.slice(start, start + range)
    };
    ranges.push('0000000' + ranges.length % 10);
  }
  const definitions = [];
  byNumber.forEach((doc, n) => {
    if (!doc || !doc[4]) return;
    const last = definitions[definitions.length - 1];
    if (last && last[0] + last[1] === n) last[1]++;
    else definitions.push([n, 1]);
  });
  files.manifest = { version: 5, docs: next, range: range, shards: shards, ranges: ranges, definitions: definitions };
  files.pages = pages;
  return files;
}

function memoryLoader(files) {
  const loaded = [];
  return {
    loaded,
    load(name) {
      loaded.push(name);
      return name in files ? Promise.resolve(files[name]) : Promise.reject(new Error('missing ' + name));
    }
  };
}

const sectionUrls = (results) => results.groups.flatMap((group) => group.sections.map((section) => section.url));
const allSections = (results) => results.groups.flatMap((group) => group.sections);
const scoreOf = (results, url) => allSections(results).find((section) => section.url === url).score;

/* ---------------------------------------------------------------- Tests */

test('decodes postings as the C# suite encodes them', () => {
  // PostingsEncoding of (0, level 47, in heading), (5, 3), (200, 47, in heading), (70000, 0), (70001, 47, in heading).
  const decoded = decodePostings('95bShRGZd06g00JOZd').sort((a, b) => a.doc - b.doc);
  const level = (impact) => Math.round(4 * Math.log2(impact));
  assert.deepEqual(decoded.map((p) => [p.doc, level(p.impact), p.heading]),
    [[0, 47, true], [5, 3, false], [200, 47, true], [70000, 0, false], [70001, 47, true]]);
});

{
  describe('index version 5', () => {
    const FILES = buildIndex(DOCS, 3, 12);
    const newSearch = () => createSearch(memoryLoader(FILES));

    test('an exact match ranks first', async () => {
      const results = await newSearch().search('blueprints ');
      assert.equal(sectionUrls(results)[0], 'flask-routing/#blueprints');
    });

    test('a heading match ranks above a body match', async () => {
      const results = await newSearch().search('converters ');
      const urls = sectionUrls(results);
      assert.ok(urls.includes('flask-routing/#endpoints'), 'the body match is found too');
      assert.equal(urls[0], 'flask-routing/#converters');
    });

    test('a whole identifier outranks sections that match only its parts', async () => {
      const urls = sectionUrls(await newSearch().search('select_related '));
      assert.equal(urls[0], 'django-orm/#querysets');
      assert.ok(urls.includes('django-orm/#select-myths'), 'the parts still find the section, further down');
    });

    test('a glossary entry ranks below the section that explains the term, unless the query asks what it is', async () => {
      const search = newSearch();
      const urls = sectionUrls(await search.search('blueprint '));
      assert.ok(urls.indexOf('flask-routing/#blueprints') < urls.indexOf('glossary/#blueprint'));
      assert.equal(sectionUrls(await search.search('what is a blueprint'))[0], 'glossary/#blueprint');
    });

    test('the last word matches as a prefix while it is being typed', async () => {
      const search = newSearch();
      assert.equal(sectionUrls(await search.search('blue'))[0], 'flask-routing/#blueprints');
      assert.equal((await search.search('blue ')).total, 0, 'a finished word must match exactly');
      assert.equal(sectionUrls(await search.search('django migr'))[0], 'django-orm/#migrations');
    });

    test('one typo still finds the word', async () => {
      const results = await newSearch().search('middlewere');
      assert.equal(sectionUrls(results)[0], 'django-middleware/');
      assert.ok(results.terms.includes('middlewar'));
    });

    test('prefix back-off finds badly misspelt words', async () => {
      const results = await newSearch().search('migrashun');
      assert.equal(sectionUrls(results)[0], 'django-orm/#migrations');
    });

    test('a quoted phrase re-ranks the sections that contain it', async () => {
      const search = newSearch();
      const loose = sectionUrls(await search.search('url building'));
      assert.ok(loose.indexOf('flask-routing/#building-urls') < loose.indexOf('flask-routing/#endpoints'));
      const phrase = sectionUrls(await search.search('"url building"'));
      assert.ok(phrase.indexOf('flask-routing/#endpoints') < phrase.indexOf('flask-routing/#building-urls'));
    });

    test('sections that match every word get the all-words bonus, and more when the heading holds them all', async () => {
      const search = newSearch();
      const url = 'questions/#q-sessions';
      const both = await search.search('flask sessions ');
      const flask = scoreOf(await search.search('flask '), url);
      const sessions = scoreOf(await search.search('sessions '), url);
      assert.equal(sectionUrls(both)[0], url);
      assert.ok(Math.abs(scoreOf(both, url) - (flask + sessions) * 1.5 * 1.3) < 1e-9, 'its heading holds both words');
      const body = 'django-middleware/';
      const flaskMiddleware = await search.search('flask middleware ');
      const [flaskAlone, middlewareAlone] = [scoreOf(await search.search('flask '), body), scoreOf(await search.search('middleware '), body)];
      assert.ok(Math.abs(scoreOf(flaskMiddleware, body) - (flaskAlone + middlewareAlone) * 1.5) < 1e-9, 'flask is only in its body');
    });

    test('results are grouped by page, at most 3 sections each, pages by their best section', async () => {
      const results = await newSearch().search('routing ');
      const pages = results.groups.map((group) => group.url);
      assert.equal(new Set(pages).size, pages.length);
      const routing = results.groups.find((group) => group.url === 'flask-routing/');
      assert.equal(routing.pageTitle, 'Routing in Flask');
      assert.equal(routing.sections.length, 3);
      assert.ok(results.total > 3);
      const best = results.groups.map((group) => group.sections[0].score);
      assert.deepEqual(best, [...best].sort((a, b) => b - a));
      for (const group of results.groups) {
        const scores = group.sections.map((section) => section.score);
        assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
      }
    });

    test('limit caps the number of pages', async () => {
      const results = await newSearch().search('flask ', { limit: 1 });
      assert.equal(results.groups.length, 1);
    });

    test('pages past excerptPages keep their title and number of matches, and load no file of documents', async () => {
      const loader = memoryLoader(FILES);
      const results = await createSearch(loader).search('routing ', { excerptPages: 1 });
      const [first, ...others] = results.groups;
      assert.ok(first.sections.length > 0 && others.length > 0);
      for (const group of others) {
        assert.deepEqual(group.sections, []);
        assert.ok(group.pageTitle && group.matches >= 1, group.url);
      }
      const firstPage = FILES.pages.find((page) => page[0] === first.url);
      assert.deepEqual([...new Set(loader.loaded.filter((name) => name.startsWith('d-')))], ['d-' + firstPage[2]]);
    });

    test('the sections of a page shown come from its one file, wherever they are on the page', async () => {
      const loader = memoryLoader(FILES);
      const results = await createSearch(loader).search('routing ', { sections: 5 });
      const routing = results.groups.find((group) => group.url === 'flask-routing/');
      assert.ok(routing.sections.length > 3, 'more sections than a block of 3 numbers holds');
      assert.deepEqual(new Set(loader.loaded.filter((name) => name.startsWith('d-'))).size, results.groups.length);
    });

    test('hostile and huge queries never throw', async () => {
      const search = newSearch();
      for (const query of ['<img src=x onerror=alert(1)>', 'x'.repeat(10000), '(.*+?[', '"', '\\', '\u0000', null, undefined, {}, 42]) {
        const results = await search.search(query);
        assert.ok(Array.isArray(results.groups) && Array.isArray(results.terms) && typeof results.total === 'number');
        assert.equal(results.error, undefined, JSON.stringify(query));
      }
      assert.equal((await search.search('(.*+?[')).total, 0);
    });

    test('any text gives results or no results, never an error', async () => {
      const search = newSearch();
      const queries = [
        '\u202eblueprints\u202c', '\u2067routing\u2069 \u200f', // right-to-left overrides and isolates, marks
        '\ud800', '\udfff', 'rout\ud800ing', 'blueprints\udc00', '\ud83d\ude00 flask', // lone surrogates, an emoji
        '$&$1\\b(?=x)', '^$|', '[[:alpha:]]', 'a{1,99999}', '\\u0041', // regular-expression syntax
        '</script><script>alert(1)</script>', '&lt;b&gt;', '"unclosed phrase', '""', '" "', // markup, quotes
        '\u0000\u0001\u001f\u007f', '\ufeff\ufffe\uffff', 'ｆｌａｓｋ', 'ﬂask', // controls, non-characters, width forms
        'select_related '.repeat(500), '__proto__ constructor prototype', 'toString hasOwnProperty', // length, object keys
        'migrashun middlewere blueprnt authentification'.repeat(20)
      ];
      for (const query of queries) {
        const results = await search.search(query);
        assert.equal(results.error, undefined, JSON.stringify(query));
        assert.ok(Array.isArray(results.groups) && typeof results.total === 'number', JSON.stringify(query));
        assert.equal(typeof results.correction, 'string');
      }
    });

    test('words next to direction marks and lone surrogates are still found', async () => {
      const search = newSearch();
      assert.equal(sectionUrls(await search.search('\u202eblueprints\u202c '))[0], 'flask-routing/#blueprints');
      assert.equal(sectionUrls(await search.search('blueprints\ud800 '))[0], 'flask-routing/#blueprints');
      assert.equal(sectionUrls(await search.search('ｂｌｕｅｐｒｉｎｔｓ '))[0], 'flask-routing/#blueprints', 'full-width letters fold');
      assert.equal((await search.search('__proto__ ')).total, 0, 'object keys are not terms');
    });

    test('a misspelling falls back to the nearest terms and says what it searched for', async () => {
      const results = await newSearch().search('blueprnts ');
      assert.equal(sectionUrls(results)[0], 'flask-routing/#blueprints');
      assert.equal(results.correction, 'blueprints');
      assert.equal((await newSearch().search('blueprints ')).correction, '', 'no correction for a word that is found');
    });

    test('the query is cut to 200 characters', async () => {
      const results = await newSearch().search('x'.repeat(199) + ' blueprints');
      assert.equal(results.total, 0);
    });

    test('an empty query returns no results and loads nothing', async () => {
      const loader = memoryLoader(FILES);
      const search = createSearch(loader);
      for (const query of ['', '   ', 'the of and']) {
        assert.deepEqual(await search.search(query), { groups: [], terms: [], total: 0, correction: '' });
      }
      assert.deepEqual(loader.loaded, []);
    });

    test('only the shards and chunks a query needs are loaded', async () => {
      const loader = memoryLoader(FILES);
      await createSearch(loader).search('makemigrations ');
      const first = FILES.pages.find((p) => p[0] === 'django-orm/')[2];
      assert.deepEqual(loader.loaded.filter((name, i, all) => all.indexOf(name) === i),
        ['manifest', 't-m', 'p-' + Math.floor(first / 12), 'd-' + first]);
    });
  });
}

test('an index that cannot be loaded gives empty results with an error', async () => {
  const results = await createSearch({ load: () => Promise.reject(new Error('offline')) }).search('flask');
  assert.equal(results.total, 0);
  assert.equal(results.error, 'offline');
});

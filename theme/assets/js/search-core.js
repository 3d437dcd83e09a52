// SiteGen search engine: the tokenizer and Porter stemmer shared with the C# index builder, postings
// decoding, query evaluation, snippet highlighting, and the <script> loader for the index files.
// The spec is docs/search.md. A classic script (module scripts are blocked on file://): it defines the
// global SiteGenSearchCore in browsers and module.exports in node.
(function (global, factory) {
  'use strict';
  const api = factory(global);
  if (typeof module === 'object' && module.exports) module.exports = api;
  else global.SiteGenSearchCore = api;
})(typeof globalThis !== 'undefined' ? globalThis : this, function (global) {
  'use strict';

  /* ---------------------------------------------------------------- Tokens (spec "Tokens", steps 1-7) */

  const STOP_WORDS = new Set(('a an and are as at be but by for from has have how i if in into is it its of on or so ' +
    'such than that the their then there these they this to vs was what when where which who why will with you your').split(' '));
  const RUN = /[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*/g;
  const COMBINING_MARKS = /[\u0300-\u036f]/g;
  const STEMMABLE = /^[a-z]{3,}$/;
  const hasOwn = (object, key) => object != null && Object.prototype.hasOwnProperty.call(object, key);

  // Step 1, keeping track of where every character of the folded text came from, so that matches can be
  // highlighted in the original text. Code points are decomposed one at a time: NFKD's reordering only
  // moves combining marks, which are removed or can never be part of a token. A span's end takes in the
  // removed marks that follow it, so that a highlight never splits "e" from its accent.
  function fold(text) {
    let folded = '';
    const starts = [];
    const ends = [];
    let at = 0;
    for (const ch of text) {
      const decomposed = ch.normalize('NFKD').replace(COMBINING_MARKS, '');
      for (let i = 0; i < decomposed.length; i++) {
        starts.push(at);
        ends.push(at + ch.length);
      }
      folded += decomposed;
      at += ch.length;
    }
    const spanEnd = (end) => (end < starts.length ? Math.max(ends[end - 1], starts[end]) : text.length);
    return { text: folded, span: (start, end) => [starts[start], spanEnd(end)] };
  }

  const isUpper = (c) => c >= 'A' && c <= 'Z';
  const isLower = (c) => c >= 'a' && c <= 'z';
  const isDigit = (c) => c >= '0' && c <= '9';

  // Step 3: camelCase boundaries inside a part ("modelForm" -> model|Form, "HTMLParser" -> HTML|Parser).
  function isCamelBoundary(s, i) {
    if (!isUpper(s[i])) return false;
    const before = s[i - 1];
    return isLower(before) || isDigit(before) || (isUpper(before) && isLower(s[i + 1] || ''));
  }

  // Step 3: the parts of a run as [start, end] offsets: split on "." and "_", then at camelCase boundaries.
  function splitRun(run) {
    const parts = [];
    let start = -1;
    for (let i = 0; i <= run.length; i++) {
      const c = run[i];
      if (i === run.length || c === '.' || c === '_') {
        if (start >= 0) parts.push([start, i]);
        start = -1;
      } else if (start < 0) {
        start = i;
      } else if (isCamelBoundary(run, i)) {
        parts.push([start, i]);
        start = i;
      }
    }
    return parts;
  }

  // Step 7: only plain words of 3+ letters are stemmed; identifiers with digits, "_" or "." stay as they are.
  function makeToken(text, start, end) {
    return { text: text, term: STEMMABLE.test(text) ? stem(text) : text, start: start, end: end };
  }

  // Steps 4-7 for one run found at `offset` in the folded text: the whole run first (when it has several
  // parts), then every part that is not a stop word.
  function runTokens(run, offset) {
    const parts = splitRun(run);
    const tokens = [];
    if (parts.length > 1) tokens.push(makeToken(run.toLowerCase(), offset, offset + run.length));
    for (const [start, end] of parts) {
      const part = run.slice(start, end).toLowerCase();
      if (!STOP_WORDS.has(part)) tokens.push(makeToken(part, offset + start, offset + end));
    }
    return tokens;
  }

  // The tokens of every run of `folded` text, one array per run (runs of stop words give empty arrays).
  function tokenRuns(folded) {
    const runs = [];
    for (const match of folded.matchAll(RUN)) runs.push(runTokens(match[0], match.index));
    return runs;
  }

  /** The index terms of a text, in order, exactly as the C# index builder produces them. */
  function tokenize(text) {
    const runs = tokenRuns(fold(String(text == null ? '' : text)).text);
    return runs.flat().map((token) => token.term);
  }

  /* ---------------------------------------------------------------- Porter stemmer */

  // Double suffixes to single ones, keyed by the penultimate letter as in the reference implementation.
  const STEP2 = {
    a: [['ational', 'ate'], ['tional', 'tion']],
    c: [['enci', 'ence'], ['anci', 'ance']],
    e: [['izer', 'ize']],
    l: [['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous']],
    o: [['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate']],
    s: [['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous']],
    t: [['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble']],
    g: [['logi', 'log']]
  };

  // -ic-, -full, -ness and the like, keyed by the last letter.
  const STEP3 = {
    e: [['icate', 'ic'], ['ative', ''], ['alize', 'al']],
    i: [['iciti', 'ic']],
    l: [['ical', 'ic'], ['ful', '']],
    s: [['ness', '']]
  };

  // -ant, -ence and the like in the context <c>vcvc<v>, keyed by the penultimate letter; the first
  // suffix that ends the word decides (for "o", "-ion" only counts after s or t).
  const STEP4 = {
    a: ['al'], c: ['ance', 'ence'], e: ['er'], i: ['ic'], l: ['able', 'ible'], n: ['ant', 'ement', 'ment', 'ent'],
    o: ['ion', 'ou'], s: ['ism'], t: ['ate', 'iti'], u: ['ous'], v: ['ive'], z: ['ize']
  };

  // A port of Martin Porter's reference implementation (the ANSI C version from tartarus.org), including
  // its two documented departures from the 1980 paper: "-bli" -> "-ble" (instead of "-abli" -> "-able")
  // and "-logi" -> "-log", and words of one or two letters are left alone. b[0..k] is the word being
  // stemmed; j is the end of the stem that the last successful ends() matched.
  function stem(word) {
    const b = String(word).split('');
    let k = b.length - 1;
    let j = 0;
    if (k <= 1) return b.join('');

    function cons(i) {
      switch (b[i]) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return false;
        case 'y': return i === 0 ? true : !cons(i - 1);
        default: return true;
      }
    }

    // The number of consonant-vowel sequences in b[0..j]: <c>(vc)^m<v>.
    function m() {
      let n = 0;
      let i = 0;
      for (;;) {
        if (i > j) return n;
        if (!cons(i)) break;
        i++;
      }
      i++;
      for (;;) {
        for (;;) {
          if (i > j) return n;
          if (cons(i)) break;
          i++;
        }
        i++;
        n++;
        for (;;) {
          if (i > j) return n;
          if (!cons(i)) break;
          i++;
        }
        i++;
      }
    }

    function vowelInStem() {
      for (let i = 0; i <= j; i++) if (!cons(i)) return true;
      return false;
    }

    function doubleConsonant(i) {
      return i >= 1 && b[i] === b[i - 1] && cons(i);
    }

    // Consonant-vowel-consonant ending at i, the last consonant not w, x or y (hop(e), but not snow, box, tray).
    function cvc(i) {
      if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) return false;
      return b[i] !== 'w' && b[i] !== 'x' && b[i] !== 'y';
    }

    function ends(s) {
      const length = s.length;
      if (length > k + 1 || b.slice(k - length + 1, k + 1).join('') !== s) return false;
      j = k - length;
      return true;
    }

    function setTo(s) {
      for (let i = 0; i < s.length; i++) b[j + 1 + i] = s[i];
      k = j + s.length;
    }

    function r(s) {
      if (m() > 0) setTo(s);
    }

    // Replaces the first of `rules` ([suffix, replacement]) whose suffix ends the word, when m() > 0.
    function replaceFirst(rules) {
      for (const [suffix, replacement] of rules) {
        if (ends(suffix)) {
          r(replacement);
          return;
        }
      }
    }

    // Plurals, -ed and -ing.
    function step1ab() {
      if (b[k] === 's') {
        if (ends('sses')) k -= 2;
        else if (ends('ies')) setTo('i');
        else if (b[k - 1] !== 's') k--;
      }
      if (ends('eed')) {
        if (m() > 0) k--;
      } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
        k = j;
        if (ends('at')) setTo('ate');
        else if (ends('bl')) setTo('ble');
        else if (ends('iz')) setTo('ize');
        else if (doubleConsonant(k)) {
          k--;
          if (b[k] === 'l' || b[k] === 's' || b[k] === 'z') k++;
        } else if (m() === 1 && cvc(k)) setTo('e');
      }
    }

    // Terminal y to i when there is another vowel in the stem.
    function step1c() {
      if (ends('y') && vowelInStem()) b[k] = 'i';
    }

    function step4() {
      if (!hasOwn(STEP4, b[k - 1])) return;
      const suffixes = STEP4[b[k - 1]];
      const found = suffixes.some((suffix) => ends(suffix) && (suffix !== 'ion' || b[j] === 's' || b[j] === 't'));
      if (found && m() > 1) k = j;
    }

    // A final -e when m() > 1 (or m() == 1 and not *o), and -ll to -l when m() > 1.
    function step5() {
      j = k;
      if (b[k] === 'e') {
        const a = m();
        if (a > 1 || (a === 1 && !cvc(k - 1))) k--;
      }
      if (b[k] === 'l' && doubleConsonant(k) && m() > 1) k--;
    }

    step1ab();
    step1c();
    if (hasOwn(STEP2, b[k - 1])) replaceFirst(STEP2[b[k - 1]]);
    if (hasOwn(STEP3, b[k])) replaceFirst(STEP3[b[k]]);
    step4();
    step5();
    return b.slice(0, k + 1).join('');
  }

  /* ---------------------------------------------------------------- Index formats and postings */

  // Postings (docs/search.md, src/SiteGen/Search/PostingsEncoding.cs): per impact level, highest first, the level
  // as a digit, then the gaps between document numbers (from -1 again for each level) in base 26, least
  // significant digit first, uppercase except the last ('a' = 0). Levels are logarithmic, each about
  // sqrt(2) times the one below, so the impact that is added up is sqrt(2)^level.
  function decodeLevelPostings(text) {
    const postings = [];
    let impact = 1;
    let doc = -1;
    let gap = 0;
    let scale = 1;
    for (const c of typeof text === 'string' ? text : '') {
      const code = c.charCodeAt(0);
      if (c >= '0' && c <= '9') {
        impact = Math.pow(Math.SQRT2, code - 48);
        doc = -1;
      } else if (c >= 'A' && c <= 'Z') {
        gap += (code - 65) * scale;
        scale *= 26;
      } else if (c >= 'a' && c <= 'z') {
        doc += gap + (code - 97) * scale;
        gap = 0;
        scale = 1;
        postings.push({ doc: doc, impact: impact });
      }
    }
    return postings;
  }

  // How an index stores its terms: shards keyed by a term's first manifest.prefix characters, each storing
  // its terms without the key they all share, postings as impact levels.
  function indexFormat(manifest) {
    const length = manifest.prefix > 0 ? manifest.prefix : 1;
    return { key: (term) => term.slice(0, length), stripsKey: true, decode: decodeLevelPostings };
  }

  /* ---------------------------------------------------------------- Query (spec "Query") */

  const MAX_QUERY = 200;
  const WEIGHT = { exact: 1, prefix: 0.6, typo: 0.45, backOff: 0.35 };
  const MAX_PREFIX_TERMS = 40;
  const MIN_FUZZY_LENGTH = 5;
  const BACK_OFF = [0.8, 0.6];
  const MIN_BACK_OFF = 4;
  const ALL_WORDS_BONUS = 1.5;
  const PHRASE_BONUS = 2;
  const RERANK_WINDOW = 50;
  const SECTIONS_PER_PAGE = 3;
  const GROUP_BATCH = 50;
  const DEFAULT_LIMIT = 10;

  // Lowercase words separated by single spaces, padded with spaces so that containment means whole words.
  function phraseKey(text) {
    const words = fold(text).text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    return words.length ? ' ' + words.join(' ') + ' ' : '';
  }

  // The query's words (one per run that has tokens) and its quoted phrases. The last word is still being
  // typed, and so also matched as a prefix, unless the query ends with a space or a closing quote.
  function parseQuery(query) {
    const text = query.slice(0, MAX_QUERY);
    const words = tokenRuns(fold(text).text).filter((tokens) => tokens.length > 0).map((tokens) => ({ tokens: tokens, prefix: false }));
    if (words.length && /[^\s"]$/.test(text)) words[words.length - 1].prefix = true;
    const phrases = [];
    for (const match of text.matchAll(/"([^"]*)"?/g)) {
      const key = phraseKey(match[1]);
      if (key) phrases.push(key);
    }
    return { words: words, phrases: phrases };
  }

  // True when b is one insertion, deletion, substitution or adjacent transposition away from a (a !== b).
  function withinOneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    if (a.length > b.length) return a.slice(i + 1) === b.slice(i);
    if (a.length < b.length) return a.slice(i) === b.slice(i + 1);
    return a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }

  // The forms of a token that are looked up: its index term and, if stemming changed it, what was typed.
  const formsOf = (token) => (token.term === token.text ? [token.term] : [token.term, token.text]);

  // Terms that start with any of the prefixes (each looked up in its own shard), at most 40: the shortest,
  // closest to what was typed, first.
  function prefixTerms(shards, prefixes) {
    const found = new Set();
    for (const prefix of prefixes) {
      for (const term of shards.termsBeside(prefix)) {
        if (term.startsWith(prefix)) found.add(term);
      }
    }
    return [...found].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_TERMS);
  }

  // Terms of the same shard within one edit of any of the forms.
  function typoTerms(shards, forms) {
    const found = new Set();
    for (const form of forms) {
      for (const term of shards.termsBeside(form)) {
        if (term !== form && withinOneEdit(form, term)) found.add(term);
      }
    }
    return [...found];
  }

  // "migrashun" -> prefixes "migrash" (80%) and "migra" (60%), never shorter than 4 letters.
  function backOffTerms(shards, text) {
    for (const share of BACK_OFF) {
      const length = Math.max(MIN_BACK_OFF, Math.floor(text.length * share));
      if (length >= text.length) continue;
      const terms = prefixTerms(shards, [text.slice(0, length)]);
      if (terms.length) return terms;
    }
    return [];
  }

  // The index terms one query word stands for, each with the weight of its best kind of match.
  function expandWord(word, shards) {
    const weights = new Map();
    const add = (terms, weight) => terms.forEach((term) => { if (!(weights.get(term) >= weight)) weights.set(term, weight); });
    for (const token of word.tokens) {
      const forms = formsOf(token);
      const exact = shards.has(token.term);
      if (exact) add([token.term], WEIGHT.exact);
      const prefixes = word.prefix ? prefixTerms(shards, forms) : [];
      add(prefixes, WEIGHT.prefix);
      if (exact || token.text.length < MIN_FUZZY_LENGTH) continue;
      const typos = typoTerms(shards, forms);
      add(typos, WEIGHT.typo);
      if (!typos.length && !prefixes.length) add(backOffTerms(shards, token.text), WEIGHT.backOff);
    }
    return weights;
  }

  // Loads the shards that hold every form of every token. Returns lookups by full term: termsBeside(text)
  // lists the terms of the shard `text` belongs to, has(term), and postings(term) (still encoded).
  async function loadShards(loader, manifest, format, words) {
    const keys = new Set();
    for (const word of words) {
      for (const token of word.tokens) formsOf(token).forEach((form) => keys.add(format.key(form)));
    }
    const shards = new Map();
    await Promise.all([...keys].map(async (key) => {
      const shard = hasOwn(manifest.shards, key) ? await loader.load('t-' + key) : null;
      shards.set(key, fullTerms(shard && typeof shard === 'object' ? shard : {}, format.stripsKey ? key : ''));
    }));
    const shardOf = (text) => shards.get(format.key(text)) || new Map();
    return {
      termsBeside: (text) => shardOf(text).keys(),
      has: (term) => shardOf(term).has(term),
      postings: (term) => shardOf(term).get(term)
    };
  }

  // A shard as a Map from full term to encoded postings (a Map, so that no term can clash with Object's own).
  function fullTerms(shard, key) {
    const terms = new Map();
    for (const stored of Object.keys(shard)) terms.set(key + stored, shard[stored]);
    return terms;
  }

  // Per document: the best impact x weight for each word, and the terms it contains.
  function scoreDocuments(expansions, postingsOf) {
    const docs = new Map();
    expansions.forEach((weights, w) => {
      weights.forEach((weight, term) => {
        for (const { doc, impact } of postingsOf(term)) {
          let entry = docs.get(doc);
          if (!entry) docs.set(doc, (entry = { best: new Array(expansions.length).fill(0), terms: new Set() }));
          entry.best[w] = Math.max(entry.best[w], impact * weight);
          entry.terms.add(term);
        }
      });
    });
    return docs;
  }

  // Documents by score, best first; matching every word of a multi-word query earns x1.5 per extra word.
  function rank(docs, wordCount) {
    const ranked = [];
    docs.forEach((entry, doc) => {
      const matched = entry.best.filter((score) => score > 0).length;
      let score = entry.best.reduce((sum, s) => sum + s, 0);
      if (matched === wordCount) score *= Math.pow(ALL_WORDS_BONUS, wordCount - 1);
      ranked.push({ doc: doc, score: score, terms: [...entry.terms] });
    });
    return ranked.sort(byScore);
  }

  const byScore = (a, b) => b.score - a.score || a.doc - b.doc;

  // The top results whose heading or excerpt contains a quoted phrase score x2 per phrase.
  async function rerankPhrases(ranked, phrases, getDoc) {
    const top = ranked.slice(0, RERANK_WINDOW);
    const docs = await Promise.all(top.map((result) => getDoc(result.doc)));
    top.forEach((result, i) => {
      if (!docs[i]) return;
      const text = phraseKey(docs[i].heading + ' ' + docs[i].excerpt);
      phrases.forEach((phrase) => { if (text.includes(phrase)) result.score *= PHRASE_BONUS; });
    });
    return ranked.sort(byScore);
  }

  // Results grouped by page (url without fragment), up to 3 sections each, pages in the order of their best
  // section. Documents are read in batches, and reading stops after the batch that fills `limit` pages.
  async function groupResults(ranked, limit, getDoc) {
    const groups = [];
    const byPage = new Map();
    for (let start = 0; start < ranked.length && groups.length < limit; start += GROUP_BATCH) {
      const batch = ranked.slice(start, start + GROUP_BATCH);
      const docs = await Promise.all(batch.map((result) => getDoc(result.doc)));
      batch.forEach((result, i) => {
        const doc = docs[i];
        if (!doc) return;
        const page = doc.url.split('#')[0];
        let group = byPage.get(page);
        if (!group && groups.length < limit) {
          group = { url: page, pageTitle: doc.pageTitle, sections: [] };
          byPage.set(page, group);
          groups.push(group);
        }
        if (group && group.sections.length < SECTIONS_PER_PAGE) {
          group.sections.push({ url: doc.url, heading: doc.heading, excerpt: doc.excerpt, score: result.score, terms: result.terms });
        }
      });
    }
    return groups;
  }

  const emptyResults = () => ({ groups: [], terms: [], total: 0 });
  const asText = (value) => (typeof value === 'string' ? value : '');

  /**
   * A search over the index files that `loader.load(name)` returns ("manifest", "t-<key>", "d-<n>").
   * search(query, { limit }) resolves to { groups, terms, total } and never rejects: bad input gives empty
   * results, and an index that cannot be loaded gives empty results with an `error` message.
   */
  function createSearch(loader) {
    const decoded = new Map(); // term -> postings, decoded once

    function docReader(manifest) {
      const chunk = manifest.chunk > 0 ? manifest.chunk : 1;
      return async (n) => {
        const rows = await loader.load('d-' + Math.floor(n / chunk));
        const row = Array.isArray(rows) ? rows[n % chunk] : null;
        if (!Array.isArray(row)) return null;
        return { url: asText(row[0]), pageTitle: asText(row[1]), heading: asText(row[2]), excerpt: asText(row[3]) };
      };
    }

    async function run(query, limit) {
      const { words, phrases } = parseQuery(query);
      if (!words.length) return emptyResults();
      const manifest = (await loader.load('manifest')) || {};
      const format = indexFormat(manifest);
      const shards = await loadShards(loader, manifest, format, words);
      const postingsOf = (term) => {
        if (!decoded.has(term)) decoded.set(term, format.decode(shards.postings(term)));
        return decoded.get(term);
      };
      const expansions = words.map((word) => expandWord(word, shards));
      const getDoc = docReader(manifest);
      let ranked = rank(scoreDocuments(expansions, postingsOf), words.length);
      if (phrases.length) ranked = await rerankPhrases(ranked, phrases, getDoc);
      const terms = new Set();
      expansions.forEach((weights) => weights.forEach((weight, term) => terms.add(term)));
      return { groups: await groupResults(ranked, limit, getDoc), terms: [...terms], total: ranked.length };
    }

    return {
      search(query, options) {
        const limit = options && options.limit > 0 ? options.limit : DEFAULT_LIMIT;
        return Promise.resolve()
          .then(() => run(typeof query === 'string' ? query : '', limit))
          .catch((error) => Object.assign(emptyResults(), { error: String((error && error.message) || error) }));
      }
    };
  }

  /* ---------------------------------------------------------------- Highlighting and snippets */

  // A text token matches a term when its stem equals the term or starts with it; terms of one or two
  // characters must match exactly, or "s" (from "Django's") would mark every word starting with s.
  function matchesTerm(term, terms) {
    return terms.some((t) => term === t || (t.length > 2 && term.startsWith(t)));
  }

  /** [start, end) ranges of `text` (sorted, merged) whose tokens match the index terms `terms`. */
  function highlightRanges(text, terms) {
    const wanted = Array.isArray(terms) ? terms.filter((t) => typeof t === 'string' && t) : [];
    if (typeof text !== 'string' || !text || !wanted.length) return [];
    const folded = fold(text);
    const ranges = [];
    for (const tokens of tokenRuns(folded.text)) {
      for (const token of tokens) {
        if (matchesTerm(token.term, wanted)) ranges.push(folded.span(token.start, token.end));
      }
    }
    return mergeRanges(ranges);
  }

  function mergeRanges(ranges) {
    const merged = [];
    ranges.sort((a, b) => a[0] - b[0]).forEach((range) => {
      const last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push(range.slice());
    });
    return merged;
  }

  const ELLIPSIS = '\u2026';
  const DEFAULT_SNIPPET = 160;

  // The window [start, end) of about `length` characters centred on `focus`, widened or narrowed to whole words.
  function snippetWindow(text, focus, length) {
    let start = Math.max(0, Math.min(Math.round((focus[0] + focus[1] - length) / 2), text.length - length));
    let end = Math.min(text.length, start + length);
    if (start > 0 && text[start - 1] !== ' ') {
      const space = text.indexOf(' ', start);
      if (space >= 0 && space < focus[0]) start = space + 1;
    }
    if (end < text.length && text[end] !== ' ') {
      const space = text.lastIndexOf(' ', end);
      if (space >= focus[1]) end = space;
    }
    while (text[start] === ' ') start++;
    while (end > start && text[end - 1] === ' ') end--;
    return [start, end];
  }

  /** About `length` characters of the excerpt centred on its first match, with the ranges to mark in it. */
  function makeSnippet(excerpt, terms, length) {
    const size = length > 0 ? length : DEFAULT_SNIPPET;
    const text = typeof excerpt === 'string' ? excerpt.replace(/\s+/g, ' ').trim() : '';
    const ranges = highlightRanges(text, terms);
    if (text.length <= size) return { text: text, ranges: ranges };
    const [start, end] = snippetWindow(text, ranges[0] || [0, 0], size);
    const lead = start > 0 ? ELLIPSIS : '';
    const shift = lead.length - start;
    const clipped = ranges
      .filter((range) => range[1] > start && range[0] < end)
      .map((range) => [Math.max(range[0], start) + shift, Math.min(range[1], end) + shift]);
    return { text: lead + text.slice(start, end) + (end < text.length ? ELLIPSIS : ''), ranges: clipped };
  }

  /* ---------------------------------------------------------------- Browser loader */

  /**
   * Loads index files with <script> elements (fetch() of local files is blocked on file://): each file calls
   * SiteGenSearch.register(name, data), which resolves that name's promise. `root` is the prefix from the
   * page to the site root. Loaded files are cached; failed ones are retried on the next load().
   */
  function createScriptLoader(root, doc) {
    const documentRef = doc || global.document;
    const base = (root || '') + 'search/';
    const pending = new Map();
    const cache = new Map();
    global.SiteGenSearch = {
      register(name, data) {
        const waiting = pending.get(name);
        if (!waiting) return;
        pending.delete(name);
        waiting.resolve(data);
      }
    };

    function inject(name, src) {
      return new Promise((resolve, reject) => {
        const entry = { resolve: resolve, reject: reject };
        const script = documentRef.createElement('script');
        // Runs after the file's own code: by then a well-formed file has called register().
        const settle = (message) => {
          script.remove();
          if (pending.get(name) !== entry) return;
          pending.delete(name);
          reject(new Error(message + ': ' + src));
        };
        pending.set(name, entry);
        script.src = src;
        script.async = true;
        script.onerror = () => settle('Could not load the search index file');
        script.onload = () => settle('The search index file did not register itself');
        documentRef.head.appendChild(script);
      });
    }

    // File names of shards and chunks come from the manifest, relative to search/.
    async function sourceOf(name) {
      if (name === 'manifest') return base + 'manifest.js';
      const manifest = (await load('manifest')) || {};
      const key = name.slice(2);
      const file = name.startsWith('t-') ? hasOwn(manifest.shards, key) && manifest.shards[key]
        : name.startsWith('d-') ? Array.isArray(manifest.chunks) && manifest.chunks[Number(key)] : null;
      if (typeof file !== 'string') throw new Error('No search index file for ' + name);
      return base + file;
    }

    function load(name) {
      if (!cache.has(name)) {
        const promise = sourceOf(name).then((src) => inject(name, src));
        promise.catch(() => cache.delete(name));
        cache.set(name, promise);
      }
      return cache.get(name);
    }

    return { load: load };
  }

  return {
    tokenize: tokenize,
    stem: stem,
    decodeLevelPostings: decodeLevelPostings,
    createSearch: createSearch,
    highlightRanges: highlightRanges,
    makeSnippet: makeSnippet,
    createScriptLoader: createScriptLoader
  };
});

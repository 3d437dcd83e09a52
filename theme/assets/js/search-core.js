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

  const STOP_WORDS = new Set(('a an and are as at be but by can could did do does for from has have how i if in into is it its me my of on or should so ' +
    'such than that the their then there these they this to us vs was we what when where which who why will with would you your').split(' '));
  const RUN = /[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*/g;
  const COMBINING_MARKS = /[\u0300-\u036f]/g;
  // Letters without a decomposition, spelled in ASCII (SearchTokenizer.cs has the same table).
  const LETTER_SPELLINGS = { '\u00df': 'ss', '\u1e9e': 'SS', '\u00e6': 'ae', '\u00c6': 'Ae', '\u0153': 'oe', '\u0152': 'Oe', '\u00f8': 'o',
    '\u00d8': 'O', '\u0142': 'l', '\u0141': 'L', '\u0111': 'd', '\u0110': 'D', '\u00f0': 'd', '\u00d0': 'D', '\u00fe': 'th', '\u00de': 'Th', '\u0131': 'i' };
  const UNDECOMPOSED = /[\u00df\u1e9e\u00e6\u00c6\u0153\u0152\u00f8\u00d8\u0142\u0141\u0111\u0110\u00f0\u00d0\u00fe\u00de\u0131]/g;
  const STEMMABLE = /^[a-z]{3,}$/;
  const hasOwn = (object, key) => object != null && Object.prototype.hasOwnProperty.call(object, key);

  // Step 1 (NFKD, marks removed, undecomposed letters spelled out), keeping track of where every character of the folded text came from, so that matches can be
  // highlighted in the original text. Code points are decomposed one at a time: NFKD's reordering only
  // moves combining marks, which are removed or can never be part of a token. A span's end takes in the
  // removed marks that follow it, so that a highlight never splits "e" from its accent.
  function fold(text) {
    let folded = '';
    const starts = [];
    const ends = [];
    let at = 0;
    for (const ch of text) {
      const decomposed = ch.normalize('NFKD').replace(COMBINING_MARKS, '').replace(UNDECOMPOSED, (letter) => LETTER_SPELLINGS[letter]);
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
    if (parts.length > 1) tokens.push(Object.assign(makeToken(run.toLowerCase(), offset, offset + run.length), { whole: true }));
    if (run.includes('.')) {
      let start = 0;
      for (const segment of run.split('.')) {
        if (splitRun(segment).length > 1) tokens.push(Object.assign(makeToken(segment.toLowerCase(), offset + start, offset + start + segment.length), { segment: true }));
        start += segment.length + 1;
      }
    }
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

  // Postings (docs/search.md, src/SiteGen/Search/PostingsEncoding.cs): per grade (impact level x 2, plus 1
  // when the term is in the document's heading), highest first, the grade as two digits, then the gaps
  // between document numbers (from -1 again for each grade) in base 26, least significant digit first,
  // uppercase except the last ('a' = 0). Levels are logarithmic, each 2^(1/4) times the one below, so the
  // impact that is added up is 2^(level/4).
  function decodePostings(text) {
    const postings = [];
    let impact = 1;
    let heading = false;
    let digits = 0;
    let grade = 0;
    let doc = -1;
    let gap = 0;
    let scale = 1;
    for (const c of typeof text === 'string' ? text : '') {
      const code = c.charCodeAt(0);
      if (c >= '0' && c <= '9') {
        grade = digits++ % 2 === 0 ? code - 48 : grade * 10 + code - 48;
        impact = Math.pow(2, Math.floor(grade / 2) / LEVELS_PER_HALVING);
        heading = grade % 2 === 1;
        doc = -1;
      } else if (c >= 'A' && c <= 'Z') {
        gap += (code - 65) * scale;
        scale *= 26;
      } else if (c >= 'a' && c <= 'z') {
        doc += gap + (code - 97) * scale;
        gap = 0;
        scale = 1;
        postings.push({ doc: doc, impact: impact, heading: heading });
      }
    }
    return postings;
  }

  const LEVELS_PER_HALVING = 4;

  // How an index stores its terms: a term lives in the shard of its first two characters if there is one,
  // else of its first character; a shard stores its terms without the key they all share.
  function shardKey(manifest, term) {
    const two = term.slice(0, 2);
    return hasOwn(manifest.shards, two) ? two : term.slice(0, 1);
  }

  // What the index says about documents. The manifest names the definitions; the page each number belongs to
  // and its length class are in range files of manifest.range numbers each, loaded (once) by `load` for the
  // results that need them. A page's row is in the range of its first number, which is the range of all its
  // numbers unless the page is longer than a range.
  function documentTable(manifest, loader) {
    const size = manifest.range > 0 ? manifest.range : Infinity;
    const definitions = (Array.isArray(manifest.definitions) ? manifest.definitions : []).filter((run) => Array.isArray(run))
      .map((run) => ({ first: Number(run[0]) || 0, count: Number(run[1]) || 0 }));
    const ranges = new Map(); // range number -> { pages, meta }, once loaded
    const rangeOf = (doc) => (size === Infinity ? 0 : Math.floor(doc / size));
    const firstOf = (r) => (size === Infinity ? 0 : r * size);

    async function loadRange(r) {
      if (ranges.has(r)) return;
      const data = (await loader.load('p-' + r)) || {};
      const pages = (Array.isArray(data.pages) ? data.pages : []).filter((page) => Array.isArray(page))
        .map((page) => ({ url: asText(page[0]), title: asText(page[1]), first: Number(page[2]) || 0, count: Number(page[3]) || 0 }));
      ranges.set(r, { pages: pages, meta: asText(data.meta) });
    }

    // The last page of a loaded range that starts at or before doc.
    function startingBefore(r, doc) {
      const pages = ranges.get(r).pages;
      let low = 0;
      let high = pages.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (pages[middle].first <= doc) low = middle;
        else high = middle - 1;
      }
      return pages[low] && pages[low].first <= doc ? pages[low] : null;
    }

    return {
      // Loads what pageOf(doc) and lengthClass(doc) need.
      async load(doc) {
        for (let r = rangeOf(doc); r >= 0; r--) {
          await loadRange(r);
          if (startingBefore(r, doc)) return;
        }
      },
      isLoaded: (doc) => ranges.has(rangeOf(doc)),
      // The page of doc, or null (or unknown: undefined) while the ranges it needs are not loaded.
      pageOf(doc) {
        for (let r = rangeOf(doc); r >= 0; r--) {
          if (!ranges.has(r)) return undefined;
          const page = startingBefore(r, doc);
          if (page) return doc < page.first + page.count ? page : null;
        }
        return null;
      },
      lengthClass(doc) {
        const range = ranges.get(rangeOf(doc));
        const code = range ? range.meta.charCodeAt(doc - firstOf(rangeOf(doc))) : NaN;
        return Number.isNaN(code) ? 0 : (code | 32) - 97;
      },
      isDefinition: (doc) => definitions.some((run) => doc >= run.first && doc < run.first + run.count)
    };
  }

  /* ---------------------------------------------------------------- Query (spec "Query") */

  const MAX_QUERY = 200;
  const WEIGHT = { exact: 1, variant: 0.95, prefix: 0.6, typo: 0.5, farTypo: 0.4, backOff: 0.35, part: 0.1 };
  const MAX_PREFIX_TERMS = 40;
  const MIN_FUZZY_LENGTH = 5;
  const FAR_TYPO_LENGTH = 8;
  const BACK_OFF = [0.8, 0.6];
  const MIN_BACK_OFF = 4;
  const ALL_WORDS_BONUS = 1.5;
  const ALL_IN_HEADING_BONUS = 1.3;
  const DEFINITION_BOOST = 4;
  const RERANK_WINDOW = 20;
  const SECTIONS_PER_PAGE = 3;
  const DEFAULT_LIMIT = 10;
  // "what is a blueprint", "what's csrf", "define middleware", "meaning of mvt": the reader wants a definition.
  const DEFINITION_QUERY = /^\s*(what\s*(is|are|'s|\u2019s|s)|define|definition\s+of|meaning\s+of)\b/i;

  // Lowercase words separated by single spaces, padded with spaces so that containment means whole words.
  function phraseKey(text) {
    const words = fold(text).text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
    return words.length ? ' ' + words.join(' ') + ' ' : '';
  }

  // The query's runs (each the tokens of one word or identifier) and its quoted phrases. The last run is
  // still being typed, and so also matched as a prefix, unless the query ends with a space or a quote.
  function parseQuery(query) {
    const text = query.slice(0, MAX_QUERY);
    const runs = tokenRuns(fold(text).text).filter((tokens) => tokens.length > 0).map((tokens) => ({ tokens: tokens, prefix: false }));
    if (runs.length && /[^\s"]$/.test(text)) runs[runs.length - 1].prefix = true;
    const phrases = [];
    for (const match of text.matchAll(/"([^"]*)"?/g)) {
      const key = phraseKey(match[1]);
      if (key) phrases.push(key);
    }
    return { runs: runs, phrases: phrases, definition: DEFINITION_QUERY.test(text) };
  }

  // The edit distance between a and b (insertions, deletions, substitutions and adjacent transpositions),
  // or limit + 1 as soon as it must exceed limit.
  function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let before = null;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      let smallest = i;
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
        row.push(value);
        smallest = Math.min(smallest, value);
      }
      if (smallest > limit) return limit + 1;
      before = previous;
      previous = row;
    }
    return previous[b.length];
  }

  // British and American spellings of one word ("authorisation" / "authorization", "behaviour" /
  // "behavior", "centre" / "center"): the other spelling's index term, when there is one.
  const SPELLINGS = [[/is(ation|ations|e|es|ed|ing|er|ers)$/, 'iz$1'], [/iz(ation|ations|e|es|ed|ing|er|ers)$/, 'is$1'],
    [/our(s|ed|ing|al)?$/, 'or$1'], [/([^aeiou])or(s|ed|ing|al)?$/, '$1our$2'], [/([^aeiou])tre(s)?$/, '$1ter$2'], [/([^aeiou])ter(s)?$/, '$1tre$2']];
  function spellingVariants(text) {
    const variants = [];
    for (const [pattern, replacement] of SPELLINGS) {
      if (pattern.test(text)) {
        const other = text.replace(pattern, replacement);
        variants.push(STEMMABLE.test(other) ? stem(other) : other);
      }
    }
    return variants;
  }

  // The forms of a token that are looked up: its index term and, if stemming changed it, what was typed.
  const formsOf = (token) => (token.term === token.text ? [token.term] : [token.term, token.text]);

  // Terms that start with any of the prefixes (each looked up in its own shard), at most 40: the shortest,
  // closest to what was typed, first. One character is too little to go on.
  function prefixTerms(shards, prefixes) {
    const found = new Set();
    for (const prefix of prefixes) {
      if (prefix.length < 2) continue;
      for (const term of shards.termsBeside(prefix)) {
        if (term.startsWith(prefix)) found.add(term);
      }
    }
    return [...found].sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_TERMS);
  }

  // The terms of the same shard nearest to any of the forms: within one edit, or two for words of 8+
  // letters; only the nearest distance found is kept.
  function nearestTerms(shards, forms, typed) {
    const limit = typed.length >= FAR_TYPO_LENGTH ? 2 : 1;
    let best = limit + 1;
    let found = [];
    for (const form of forms) {
      for (const term of shards.termsBeside(form)) {
        if (term === form) continue;
        const distance = editDistance(form, term, limit);
        if (distance < best) {
          best = distance;
          found = [term];
        } else if (distance === best && !found.includes(term)) {
          found.push(term);
        }
      }
    }
    return { terms: best <= limit ? found : [], distance: best };
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

  // The index terms one token stands for, each with the weight of its best kind of match, and whether
  // they were guessed from a misspelling (the UI then says what it searched for instead).
  function expandToken(token, prefix, shards) {
    const weights = new Map();
    const add = (terms, weight) => terms.forEach((term) => { if (!(weights.get(term) >= weight)) weights.set(term, weight); });
    const forms = formsOf(token);
    const exact = forms.filter((form) => shards.has(form));
    add(exact, WEIGHT.exact);
    const prefixes = prefix ? prefixTerms(shards, forms) : [];
    add(prefixes, WEIGHT.prefix);
    const variants = spellingVariants(token.text).filter((term) => shards.has(term));
    add(variants, WEIGHT.variant);
    if (exact.length || variants.length || prefixes.length || token.text.length < MIN_FUZZY_LENGTH) return { weights: weights, corrected: false };
    const nearest = nearestTerms(shards, forms, token.text);
    add(nearest.terms, nearest.distance > 1 ? WEIGHT.farTypo : WEIGHT.typo);
    if (!nearest.terms.length) add(backOffTerms(shards, token.text), WEIGHT.backOff);
    return { weights: weights, corrected: weights.size > 0 };
  }

  // Whether the index has the whole term of an identifier run (or, while it is typed, a term it begins).
  function knowsWhole(run, shards) {
    const forms = formsOf(run.tokens[0]);
    return forms.some((form) => shards.has(form)) || (run.prefix && prefixTerms(shards, forms).length > 0);
  }

  // The query words a run stands for. An identifier (select_related, request.args.get) that is in the
  // index is one word, its own term first and its parts far behind; one that is not is searched as its
  // parts, each a word of its own.
  function expandRun(run, shards) {
    const tokens = run.tokens;
    const whole = tokens[0].whole ? tokens[0] : null;
    const parts = tokens.filter((token) => !token.whole && !token.segment);
    if (whole) {
      if (knowsWhole(run, shards) || !parts.length) {
        const word = expandToken(whole, run.prefix, shards);
        for (const part of tokens.slice(1)) {
          formsOf(part).filter((form) => shards.has(form)).forEach((term) => { if (!word.weights.has(term)) word.weights.set(term, WEIGHT.part); });
        }
        return [Object.assign(word, { text: whole.text })];
      }
    }
    return parts.map((part, i) => Object.assign(expandToken(part, run.prefix && i === parts.length - 1, shards), { text: part.text }));
  }

  // Loads the shards that hold every form of every token, except that the parts of an identifier the index
  // knows are looked up only in shards loaded anyway (their weight is small: a shard each is not worth it).
  // Returns lookups by full term: termsBeside(text) lists the terms of the shard `text` belongs to,
  // has(term), and postings(term) (still encoded).
  async function loadShards(loader, manifest, runs, isCurrent) {
    const shards = new Map();
    const shardOf = (text) => shards.get(shardKey(manifest, text)) || new Map();
    const lookups = {
      termsBeside: (text) => shardOf(text).keys(),
      has: (term) => shardOf(term).has(term),
      postings: (term) => shardOf(term).get(term)
    };
    async function loadFor(tokens) {
      const keys = new Set();
      for (const token of tokens) {
        formsOf(token).concat(spellingVariants(token.text)).forEach((form) => keys.add(shardKey(manifest, form)));
      }
      await Promise.all([...keys].filter((key) => !shards.has(key)).map(async (key) => {
        const shard = hasOwn(manifest.shards, key) && isCurrent() ? await loader.load('t-' + key) : null;
        shards.set(key, fullTerms(shard && typeof shard === 'object' ? shard : {}, key));
      }));
    }
    const isIdentifier = (run) => run.tokens[0].whole;
    await loadFor(runs.flatMap((run) => (isIdentifier(run) ? run.tokens.filter((token) => token.whole || token.segment) : run.tokens)));
    const unknown = runs.filter((run) => isIdentifier(run) && !knowsWhole(run, lookups));
    if (unknown.length) await loadFor(unknown.flatMap((run) => run.tokens));
    return lookups;
  }

  // A shard as a Map from full term to encoded postings (a Map, so that no term can clash with Object's own).
  function fullTerms(shard, key) {
    const terms = new Map();
    for (const stored of Object.keys(shard)) terms.set(key + stored, shard[stored]);
    return terms;
  }

  // Per document: the best impact x weight for each word, whether that match was in the heading, whether
  // the word itself (not just a part of it) matched, and the terms it contains.
  function scoreDocuments(words, postingsOf) {
    const docs = new Map();
    words.forEach((word, w) => {
      word.weights.forEach((weight, term) => {
        for (const { doc, impact, heading } of postingsOf(term)) {
          let entry = docs.get(doc);
          if (!entry) {
            const none = () => new Array(words.length).fill(false);
            docs.set(doc, (entry = { best: new Array(words.length).fill(0), heading: none(), matched: none(), terms: new Set() }));
          }
          const score = impact * weight;
          if (score > entry.best[w]) {
            entry.best[w] = score;
            entry.heading[w] = heading && weight > WEIGHT.part;
          }
          // A part of an identifier only supports the identifier: it does not make the word matched.
          if (weight > WEIGHT.part) entry.matched[w] = true;
          entry.terms.add(term);
        }
      });
    });
    return docs;
  }

  // Documents by score, best first. Matching every word of a multi-word query earns x1.5 per extra word,
  // and x1.3 more when the heading holds them all; a definition query lifts glossary entries. Ties go to
  // the document with more words in its heading, then to the shorter one, then to the lower number.
  function rank(docs, wordCount, table, definition) {
    const ranked = [];
    docs.forEach((entry, doc) => {
      const matched = entry.matched.filter(Boolean).length;
      const inHeading = entry.heading.filter(Boolean).length;
      let score = entry.best.reduce((sum, s) => sum + s, 0);
      if (matched === wordCount) score *= Math.pow(ALL_WORDS_BONUS, wordCount - 1);
      if (wordCount > 1 && inHeading === wordCount) score *= ALL_IN_HEADING_BONUS;
      if (definition && table.isDefinition(doc)) score *= DEFINITION_BOOST;
      // The length class is known once the result's range is loaded (groupResults): until then 0.
      ranked.push({ doc: doc, score: score, phrases: 0, inHeading: inHeading, length: 0, terms: [...entry.terms] });
    });
    return ranked.sort(byScore);
  }

  const byScore = (a, b) => b.phrases - a.phrases || b.score - a.score || b.inHeading - a.inHeading || a.length - b.length || a.doc - b.doc;

  // A quoted phrase is an explicit request: the top results whose heading or excerpt contains more of the
  // quoted phrases come first.
  async function rerankPhrases(ranked, phrases, getDoc) {
    const top = ranked.slice(0, RERANK_WINDOW);
    const docs = await Promise.all(top.map((result) => getDoc(result.doc)));
    top.forEach((result, i) => {
      if (!docs[i]) return;
      const text = phraseKey(docs[i].heading + ' ' + docs[i].excerpt);
      result.phrases = phrases.filter((phrase) => text.includes(phrase)).length;
    });
    return ranked.sort(byScore);
  }

  // Results grouped by page, up to `shape.sections` sections each, pages in the order of their best section. The
  // range files of the best results are loaded until `shape.limit` pages are found; then every result whose range is
  // known is ordered again with its length class (a tie goes to the shorter section) and grouped. Only the
  // documents of the sections shown are read (one file a page), and only for the first `shape.excerptPages`
  // pages: the others keep their url, title and number of matching sections (from the range rows) and no sections.
  async function groupResults(ranked, table, getDoc, shape) {
    const found = new Set();
    let walked = 0;
    for (; walked < ranked.length && found.size < shape.limit; walked++) {
      await table.load(ranked[walked].doc);
      const page = table.pageOf(ranked[walked].doc);
      if (page) found.add(page);
    }
    const known = ranked.filter((result, i) => i < walked || table.isLoaded(result.doc));
    known.forEach((result) => { result.length = table.lengthClass(result.doc); });
    known.sort(byScore);

    const groups = [];
    const byPage = new Map();
    for (const result of known) {
      const page = table.pageOf(result.doc);
      if (!page) continue;
      let group = byPage.get(page);
      if (!group) {
        if (groups.length >= shape.limit) continue;
        group = { url: page.url, pageTitle: page.title, sections: [], matches: 0 };
        byPage.set(page, group);
        groups.push(group);
      }
      group.matches++;
      if (group.sections.length < shape.sections) group.sections.push(result);
    }
    groups.slice(shape.excerptPages).forEach((group) => { group.sections = []; });
    await Promise.all(groups.map(async (group) => {
      const docs = await Promise.all(group.sections.map((result) => getDoc(result.doc)));
      group.sections = group.sections.map((result, i) => ({
        url: group.url + (docs[i] ? docs[i].anchor : ''),
        heading: docs[i] ? docs[i].heading : group.pageTitle,
        excerpt: docs[i] ? docs[i].excerpt : '',
        score: result.score,
        terms: result.terms
      }));
    }));
    return groups;
  }

  // "showing results for": each guessed word replaced by the word of the shown results it stands for.
  function correctionOf(query, words, groups) {
    const guessed = words.filter((word) => word.corrected);
    if (!guessed.length) return '';
    const texts = groups.flatMap((group) => group.sections.flatMap((section) => [section.heading, section.excerpt]));
    let corrected = fold(query.slice(0, MAX_QUERY)).text;
    for (const word of guessed) {
      const terms = [...word.weights.keys()];
      const replacement = surfaceWord(texts, terms);
      const typed = new RegExp('(^|[^A-Za-z0-9_])' + word.text.replace(/[^A-Za-z0-9_]/g, '\\$&') + '(?![A-Za-z0-9_])', 'i');
      if (replacement) corrected = corrected.replace(typed, (match, before) => before + replacement);
    }
    return corrected.trim();
  }

  // The first word of the texts whose term is one of `terms`, lowercased.
  function surfaceWord(texts, terms) {
    for (const text of texts) {
      for (const tokens of tokenRuns(fold(text).text)) {
        const token = tokens.find((t) => terms.includes(t.term));
        if (token) return token.text;
      }
    }
    return '';
  }

  const emptyResults = () => ({ groups: [], terms: [], total: 0, correction: '' });
  const asText = (value) => (typeof value === 'string' ? value : '');

  /**
   * A search over the index files that `loader.load(name)` returns ("manifest", "t-<key>", "p-<n>", "d-<n>").
   * search(query, { limit, sections, excerptPages, isCurrent }) (pages, sections per page, default 10 and 3;
   * excerptPages: how many of the pages get their sections read, default all, the rest only a url, title and
   * number of matches) resolves to
   * { groups, terms, total, correction } and never rejects: bad input gives empty results, and an index that
   * cannot be loaded gives empty results with an `error` message. When isCurrent() turns false (a newer query
   * was typed), nothing more is loaded for this one and it resolves to empty results marked `stale`.
   */
  function createSearch(loader) {
    const decoded = new Map(); // term -> postings, decoded once

    // A document from its page's file ("d-<first number of the page>"), found with the page table.
    function docReader(table) {
      return async (n) => {
        await table.load(n);
        const page = table.pageOf(n);
        if (!page) return null;
        const rows = await loader.load('d-' + page.first);
        const row = Array.isArray(rows) ? rows[n - page.first] : null;
        if (!Array.isArray(row)) return null;
        return { anchor: asText(row[0]), heading: asText(row[1]), excerpt: asText(row[2]) };
      };
    }

    async function run(query, shape, isCurrent) {
      const { runs, phrases, definition } = parseQuery(query);
      if (!runs.length) return emptyResults();
      const manifest = (await loader.load('manifest')) || {};
      const shards = await loadShards(loader, manifest, runs, isCurrent);
      if (!isCurrent()) return Object.assign(emptyResults(), { stale: true });
      const postingsOf = (term) => {
        if (!decoded.has(term)) decoded.set(term, decodePostings(shards.postings(term)));
        return decoded.get(term);
      };
      const words = runs.flatMap((r) => expandRun(r, shards));
      const table = documentTable(manifest, loader);
      const getDoc = docReader(table);
      let ranked = rank(scoreDocuments(words, postingsOf), words.length, table, definition);
      if (phrases.length) ranked = await rerankPhrases(ranked, phrases, getDoc);
      const terms = new Set();
      words.forEach((word) => word.weights.forEach((weight, term) => terms.add(term)));
      if (!isCurrent()) return Object.assign(emptyResults(), { stale: true });
      const groups = await groupResults(ranked, table, getDoc, shape);
      if (!isCurrent()) return Object.assign(emptyResults(), { stale: true });
      return { groups: groups, terms: [...terms], total: ranked.length, correction: correctionOf(query, words, groups) };
    }

    return {
      search(query, options) {
        const shape = {
          limit: options && options.limit > 0 ? options.limit : DEFAULT_LIMIT,
          sections: options && options.sections > 0 ? options.sections : SECTIONS_PER_PAGE,
          excerptPages: options && options.excerptPages >= 0 ? options.excerptPages : Infinity
        };
        const isCurrent = options && typeof options.isCurrent === 'function' ? options.isCurrent : () => true;
        return Promise.resolve()
          .then(() => run(typeof query === 'string' ? query : '', shape, isCurrent))
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
   * page to the site root. Loaded files are cached; failed ones are retried on the next load(). Files that the
   * engine file carried (search/engine.js sets SiteGenSearchFiles to the site's manifest before its code runs)
   * cost no request.
   */
  function createScriptLoader(root, doc) {
    const documentRef = doc || global.document;
    const base = (root || '') + 'search/';
    const carried = global.SiteGenSearchFiles;
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

    // Files are named by content hashes: shards (t-<key>.<hash>.js) and ranges (p-<n>.<hash>.js) by the
    // manifest's, a page's documents (d-<first number>.<hash>.js) by its row in the range that holds it.
    async function sourceOf(name) {
      if (name === 'manifest') return base + 'manifest.js';
      const manifest = (await load('manifest')) || {};
      const key = name.slice(2);
      let hash = null;
      if (name.startsWith('t-')) hash = hasOwn(manifest.shards, key) && manifest.shards[key];
      else if (name.startsWith('p-')) hash = Array.isArray(manifest.ranges) && manifest.ranges[Number(key)];
      else if (name.startsWith('d-')) {
        const first = Number(key);
        const data = (await load('p-' + (manifest.range > 0 ? Math.floor(first / manifest.range) : 0))) || {};
        const row = Array.isArray(data.pages) ? data.pages.find((page) => Array.isArray(page) && page[2] === first) : null;
        hash = row && row[4];
      }
      if (typeof hash !== 'string' || !/^[0-9a-f]+$/.test(hash)) throw new Error('No search index file for ' + name);
      return base + encodeURIComponent(name) + '.' + hash + '.js';
    }

    // A site of one range carries it inline in the manifest (an object where a hash would be).
    async function fetchFile(name) {
      if (hasOwn(carried, name)) return carried[name];
      if (name.startsWith('p-')) {
        const manifest = (await load('manifest')) || {};
        const inline = Array.isArray(manifest.ranges) ? manifest.ranges[Number(name.slice(2))] : null;
        if (inline && typeof inline === 'object') return inline;
      }
      return inject(name, await sourceOf(name));
    }

    function load(name) {
      if (!cache.has(name)) {
        const promise = fetchFile(name);
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
    decodePostings: decodePostings,
    editDistance: editDistance,
    createSearch: createSearch,
    highlightRanges: highlightRanges,
    makeSnippet: makeSnippet,
    createScriptLoader: createScriptLoader
  };
});

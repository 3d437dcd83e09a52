// Spaced repetition over the guide's questions: Leitner boxes (docs/studying.md says why), the states a
// card can be in, deck order, tallies, and the schema of the progress the reader keeps and exports.
// Pure: no DOM, no storage, and the time is always passed in, so node tests (tests/js) drive it with any clock.
(function (exports) {
  'use strict';
  var SCHEMA = 1;
  var MINUTE = 60 * 1000;
  var DAY = 24 * 60 * MINUTE;
  // Days until a card in box n is due again (box 0 is unused: an unseen card has no record).
  var BOX_DAYS = [0, 1, 3, 7, 16, 35];
  var LAST_BOX = BOX_DAYS.length - 1;
  // A card in this box or higher has been known four times in a row: its interval is two weeks or more.
  var MASTERED_BOX = 4;
  // "Review again" brings a card back soon, not in the session it was missed in.
  var REVIEW_DELAY = 10 * MINUTE;
  var ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

  function emptyProgress() {
    return { schema: SCHEMA, cards: {}, reading: null, practice: null };
  }

  /** The card after the reader's mark: "known" moves it one box up, "review" back to box 1, due soon. */
  function mark(card, outcome, now) {
    var seen = card ? card.seen + 1 : 1;
    if (outcome === 'known') {
      var box = Math.min(card ? card.box + 1 : 1, LAST_BOX);
      return { box: box, due: now + BOX_DAYS[box] * DAY, seen: seen, lapses: card ? card.lapses : 0, last: 'known' };
    }
    return { box: 1, due: now + REVIEW_DELAY, seen: seen, lapses: (card ? card.lapses : 0) + 1, last: 'review' };
  }

  /** new (never marked), due (its time has come), mastered, or learning (marked, not yet due). */
  function state(card, now) {
    if (!card) return 'new';
    if (card.due <= now) return 'due';
    return card.box >= MASTERED_BOX ? 'mastered' : 'learning';
  }

  /** Whether the reader's last mark on the card was "review again". */
  function toReview(card) {
    return !!card && card.last === 'review';
  }

  /** The ids in practice order: due cards first (longest overdue first), then unseen in the given order, then the rest by due time. */
  function orderDeck(ids, cards, now) {
    var due = [], unseen = [], later = [];
    ids.forEach(function (id) {
      var kind = state(cards[id], now);
      (kind === 'due' ? due : kind === 'new' ? unseen : later).push(id);
    });
    function byDue(a, b) { return cards[a].due - cards[b].due; }
    return due.sort(byDue).concat(unseen, later.sort(byDue));
  }

  /** How many of the ids are in each state, and how many were last marked "review again". */
  function tally(ids, cards, now) {
    var counts = { total: ids.length, new: 0, due: 0, learning: 0, mastered: 0, toReview: 0 };
    ids.forEach(function (id) {
      counts[state(cards[id], now)]++;
      if (toReview(cards[id])) counts.toReview++;
    });
    return counts;
  }

  /** The earliest due time among the ids that have one, or null. */
  function nextDue(ids, cards) {
    var next = null;
    ids.forEach(function (id) {
      var card = cards[id];
      if (card && (next === null || card.due < next)) next = card.due;
    });
    return next;
  }

  /** "now", "in 10 minutes", "in 5 hours", "tomorrow", "in 3 days". */
  function describeDue(due, now) {
    var wait = due - now;
    if (wait <= 0) return 'now';
    if (wait < 90 * MINUTE) return 'in ' + Math.max(1, Math.round(wait / MINUTE)) + ' minutes';
    if (wait < 20 * 60 * MINUTE) return 'in ' + Math.round(wait / (60 * MINUTE)) + ' hours';
    var days = Math.round(wait / DAY);
    return days <= 1 ? 'tomorrow' : 'in ' + days + ' days';
  }

  /** A practice session: the deck's ids in order, where the reader is, and what they marked. */
  function startSession(deck, label, ids, now) {
    return { deck: deck, label: label, ids: ids.slice(), position: 0, knew: [], review: [], started: now };
  }

  /** The session after a mark on its current card; a card marked twice counts once, with its last mark. */
  function recordInSession(session, id, outcome) {
    var knew = session.knew.filter(function (x) { return x !== id; });
    var review = session.review.filter(function (x) { return x !== id; });
    (outcome === 'known' ? knew : review).push(id);
    return Object.assign({}, session, { knew: knew, review: review });
  }

  /** The end-of-session summary: seen, knew, to review, and when the next of the session's cards is due. */
  function summarize(session, cards) {
    var seen = session.knew.concat(session.review);
    return { seen: seen.length, knew: session.knew.length, review: session.review.length, nextDue: nextDue(seen, cards) };
  }

  function isCount(value) { return typeof value === 'number' && value >= 0 && Math.floor(value) === value; }

  function isCard(card) {
    return !!card && typeof card === 'object' && isCount(card.box) && card.box >= 1 && card.box <= LAST_BOX &&
      typeof card.due === 'number' && isFinite(card.due) && isCount(card.seen) && card.seen >= 1 && isCount(card.lapses) &&
      (card.last === 'known' || card.last === 'review');
  }

  function isText(value, max) { return typeof value === 'string' && value.length <= max; }

  function isReading(reading) {
    return reading === null || (!!reading && typeof reading === 'object' && isText(reading.path, 500) && !/^[a-z][a-z0-9+.-]*:|^\/|\.\./i.test(reading.path) &&
      isText(reading.title, 500) && isText(reading.section, 200) && isText(reading.sectionTitle, 500));
  }

  function isPractice(practice) {
    if (practice === null) return true;
    if (!practice || typeof practice !== 'object' || !isText(practice.deck, 500) || !isText(practice.label, 500)) return false;
    var lists = [practice.ids, practice.knew, practice.review];
    return lists.every(function (list) { return Array.isArray(list) && list.every(function (id) { return typeof id === 'string' && ID_PATTERN.test(id); }); }) &&
      isCount(practice.position) && practice.position <= practice.ids.length && typeof practice.started === 'number';
  }

  /**
   * Reads progress from JSON text (an exported file or local storage): { ok: true, progress } or
   * { ok: false, error } with a sentence a reader can act on. Nothing partial is ever returned.
   */
  function parseProgress(text) {
    var data;
    try {
      data = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: 'This file is not JSON, so it is not a progress file exported from this guide.' };
    }
    if (!data || typeof data !== 'object' || Array.isArray(data) || !('schema' in data)) {
      return { ok: false, error: 'This JSON file has no "schema" field, so it is not a progress file exported from this guide.' };
    }
    if (data.schema !== SCHEMA) {
      return { ok: false, error: 'This progress file has schema ' + JSON.stringify(data.schema) + '; this guide reads schema ' + SCHEMA + '.' };
    }
    if (!data.cards || typeof data.cards !== 'object' || Array.isArray(data.cards)) {
      return { ok: false, error: 'This progress file has no "cards" object.' };
    }
    var ids = Object.keys(data.cards);
    for (var i = 0; i < ids.length; i++) {
      if (!ID_PATTERN.test(ids[i]) || !isCard(data.cards[ids[i]])) {
        return { ok: false, error: 'The card "' + ids[i].slice(0, 80) + '" in this progress file is not valid.' };
      }
    }
    var reading = data.reading === undefined ? null : data.reading;
    var practice = data.practice === undefined ? null : data.practice;
    if (!isReading(reading)) return { ok: false, error: 'The reading position in this progress file is not valid.' };
    if (!isPractice(practice)) return { ok: false, error: 'The practice session in this progress file is not valid.' };
    var cards = {};
    ids.forEach(function (id) {
      var c = data.cards[id];
      cards[id] = { box: c.box, due: c.due, seen: c.seen, lapses: c.lapses, last: c.last };
    });
    return { ok: true, progress: { schema: SCHEMA, cards: cards, reading: reading, practice: practice } };
  }

  /** Progress from the first version of practice mode, which stored "known" or "review" per question id. */
  function migrateMarks(marks, now) {
    var progress = emptyProgress();
    if (!marks || typeof marks !== 'object') return progress;
    Object.keys(marks).forEach(function (id) {
      if (ID_PATTERN.test(id) && (marks[id] === 'known' || marks[id] === 'review')) progress.cards[id] = mark(undefined, marks[id], now);
    });
    return progress;
  }

  exports.SCHEMA = SCHEMA;
  exports.DAY = DAY;
  exports.BOX_DAYS = BOX_DAYS;
  exports.MASTERED_BOX = MASTERED_BOX;
  exports.REVIEW_DELAY = REVIEW_DELAY;
  exports.emptyProgress = emptyProgress;
  exports.mark = mark;
  exports.state = state;
  exports.toReview = toReview;
  exports.orderDeck = orderDeck;
  exports.tally = tally;
  exports.nextDue = nextDue;
  exports.describeDue = describeDue;
  exports.startSession = startSession;
  exports.recordInSession = recordInSession;
  exports.summarize = summarize;
  exports.parseProgress = parseProgress;
  exports.migrateMarks = migrateMarks;
})(typeof module === 'object' && module.exports ? module.exports : (window.SiteGenStudy = window.SiteGenStudy || {}));

// The practice scheduler (Leitner boxes) and the progress schema, with the clock passed in.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const study = require('../../theme/assets/js/study-scheduler.js');

const { DAY, REVIEW_DELAY } = study;
const start = Date.UTC(2026, 0, 1);

function markTimes(outcomes, from = start) {
  let card;
  let now = from;
  for (const outcome of outcomes) {
    card = study.mark(card, outcome, now);
    now = card.due;
  }
  return card;
}

test('a card known for the first time goes into box 1, due a day later', () => {
  assert.deepEqual(study.mark(undefined, 'known', start), { box: 1, due: start + DAY, seen: 1, lapses: 0, last: 'known' });
});

test('each "knew it" moves the card one box up and waits longer, up to the last box', () => {
  const boxes = [];
  let card;
  let now = start;
  for (let i = 0; i < 7; i++) {
    card = study.mark(card, 'known', now);
    boxes.push([card.box, (card.due - now) / DAY]);
    now = card.due;
  }
  assert.deepEqual(boxes, [[1, 1], [2, 3], [3, 7], [4, 16], [5, 35], [5, 35], [5, 35]]);
});

test('"review again" sends a card back to box 1, due ten minutes later, and counts a lapse', () => {
  const card = study.mark(markTimes(['known', 'known', 'known']), 'review', start);
  assert.deepEqual(card, { box: 1, due: start + REVIEW_DELAY, seen: 4, lapses: 1, last: 'review' });
});

test('a card is new, learning, due, or mastered depending on its box and the clock', () => {
  const learning = study.mark(undefined, 'known', start);
  const mastered = markTimes(['known', 'known', 'known', 'known']);
  assert.equal(study.state(undefined, start), 'new');
  assert.equal(study.state(learning, start), 'learning');
  assert.equal(study.state(learning, start + DAY - 1), 'learning');
  assert.equal(study.state(learning, start + DAY), 'due');
  assert.equal(study.state(mastered, mastered.due - 1), 'mastered');
  assert.equal(study.state(mastered, mastered.due), 'due');
});

test('a card marked "review again" comes back due after ten minutes; a known card does not', () => {
  const cards = { missed: study.mark(undefined, 'review', start), known: study.mark(undefined, 'known', start) };
  const hourLater = start + 60 * 60 * 1000;
  assert.equal(study.state(cards.missed, start), 'learning');
  assert.equal(study.state(cards.missed, hourLater), 'due');
  assert.equal(study.state(cards.known, hourLater), 'learning');
  assert.ok(study.toReview(cards.missed));
  assert.ok(!study.toReview(cards.known));
});

test('decks put due cards first (most overdue first), then unseen cards in guide order, then the rest by due time', () => {
  const now = start + 2 * DAY;
  const cards = {
    later: study.mark(undefined, 'known', start + DAY + 1),
    soon: study.mark(undefined, 'known', start + DAY / 2 + DAY / 4),
    overdue: study.mark(undefined, 'known', start),
    due: study.mark(undefined, 'review', now - REVIEW_DELAY),
  };
  cards.soon.due = now + 1000;
  cards.later.due = now + 5000;
  assert.deepEqual(study.orderDeck(['later', 'a', 'due', 'soon', 'b', 'overdue'], cards, now), ['overdue', 'due', 'a', 'b', 'soon', 'later']);
});

test('tallies count every id once in one state, and "to review" besides', () => {
  const cards = {
    a: study.mark(undefined, 'known', start),
    b: study.mark(undefined, 'review', start),
    c: markTimes(['known', 'known', 'known', 'known']),
  };
  const now = start + 1000;
  assert.deepEqual(study.tally(['a', 'b', 'c', 'd', 'e'], cards, now), { total: 5, new: 2, due: 0, learning: 2, mastered: 1, toReview: 1 });
  assert.deepEqual(study.tally(['a', 'b', 'd'], cards, start + DAY), { total: 3, new: 1, due: 2, learning: 0, mastered: 0, toReview: 1 });
});

test('the session summary counts each card once with its last mark, and gives the next due time', () => {
  let session = study.startSession('chapter:x', 'X', ['a', 'b', 'c'], start);
  let cards = {};
  for (const [id, outcome] of [['a', 'review'], ['a', 'known'], ['b', 'review']]) {
    session = study.recordInSession(session, id, outcome);
    cards[id] = study.mark(cards[id], outcome, start);
  }
  assert.deepEqual(study.summarize(session, cards), { seen: 2, knew: 1, review: 1, nextDue: start + REVIEW_DELAY });
  assert.deepEqual(study.summarize(study.startSession('d', 'D', ['a'], start), cards), { seen: 0, knew: 0, review: 0, nextDue: null });
});

test('due times read as a reader would say them', () => {
  assert.equal(study.describeDue(start - 1, start), 'now');
  assert.equal(study.describeDue(start + REVIEW_DELAY, start), 'in 10 minutes');
  assert.equal(study.describeDue(start + 5 * 60 * 60 * 1000, start), 'in 5 hours');
  assert.equal(study.describeDue(start + DAY, start), 'tomorrow');
  assert.equal(study.describeDue(start + 16 * DAY, start), 'in 16 days');
});

test('exported progress reads back as it was', () => {
  const progress = study.emptyProgress();
  progress.cards['flask-app-context'] = study.mark(undefined, 'known', start);
  progress.reading = { path: 'flask-fundamentals/', title: 'Flask fundamentals', section: 'routing', sectionTitle: 'Routing' };
  progress.practice = study.recordInSession(study.startSession('all', 'All questions', ['flask-app-context', 'b'], start), 'flask-app-context', 'known');
  const read = study.parseProgress(JSON.stringify(progress));
  assert.deepEqual(read, { ok: true, progress });
});

test('invalid progress files are refused with a reason, never half read', () => {
  const valid = { schema: 1, cards: { a: study.mark(undefined, 'known', start) } };
  const cases = [
    ['not json', /not JSON/],
    ['[]', /no "schema"/],
    ['{"cards":{}}', /no "schema"/],
    [JSON.stringify({ ...valid, schema: 2 }), /schema 2; this guide reads schema 1/],
    [JSON.stringify({ schema: 1 }), /no "cards"/],
    [JSON.stringify({ schema: 1, cards: { a: { ...valid.cards.a, box: 9 } } }), /card "a"/],
    [JSON.stringify({ schema: 1, cards: { 'A b': valid.cards.a } }), /card "A b"/],
    [JSON.stringify({ schema: 1, cards: { a: { ...valid.cards.a, due: 'soon' } } }), /card "a"/],
    [JSON.stringify({ ...valid, reading: { path: 'javascript:alert(1)', title: '', section: '', sectionTitle: '' } }), /reading position/],
    [JSON.stringify({ ...valid, reading: { path: '../../etc/', title: '', section: '', sectionTitle: '' } }), /reading position/],
    [JSON.stringify({ ...valid, practice: { deck: 'x', label: 'x', ids: ['<b>'], knew: [], review: [], position: 0, started: 1 } }), /practice session/],
  ];
  for (const [text, reason] of cases) {
    const read = study.parseProgress(text);
    assert.equal(read.ok, false, text);
    assert.match(read.error, reason, text);
    assert.equal(read.progress, undefined);
  }
});

test('marks from the first practice mode become cards; anything else in them is dropped', () => {
  const progress = study.migrateMarks({ a: 'known', b: 'review', 'Bad id': 'known', c: 'maybe' }, start);
  assert.deepEqual(Object.keys(progress.cards), ['a', 'b']);
  assert.equal(study.state(progress.cards.a, start), 'learning');
  assert.equal(study.state(progress.cards.b, start + REVIEW_DELAY), 'due');
  assert.deepEqual(study.migrateMarks(null, start), study.emptyProgress());
});

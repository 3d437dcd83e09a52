// The question bank: decks (chapter or part, difficulty, framework, due / to review / unseen) with live
// counts, a printable answer sheet, and practice sessions scheduled by study-scheduler.js (Leitner boxes),
// kept by study-store.js. Without this script the full list still works.
(function (study) {
  'use strict';
  var tools = document.querySelector('.question-tools');
  if (!tools || !study || !study.store) return;
  var store = study.store;

  var items = Array.prototype.slice.call(document.querySelectorAll('.question-list > li'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.question-group'));
  var bankList = document.querySelector('.question-bank-list');
  var count = document.getElementById('question-count');
  var empty = document.getElementById('question-empty');
  var practice = document.getElementById('practice');
  var summary = document.getElementById('practice-summary');
  var chapterSelect = document.getElementById('deck-chapter');
  // Shown while the reader browses the list, hidden during a session so that the card is at the top.
  var browsing = [tools, document.getElementById('progress'), document.querySelector('.question-bank .page-toc'), bankList];
  var byId = {};
  items.forEach(function (item) { byId[idOf(item)] = item; });
  var session = null;

  function idOf(item) { return item.querySelector('.question').getAttribute('data-question'); }
  function groupOf(item) { return item.closest('.question-group'); }

  function selected(name) {
    var checked = tools.querySelector('input[name="' + name + '"]:checked');
    return checked ? checked.value : '';
  }

  function matches(item, filters, cards, now) {
    var q = item.querySelector('.question');
    var group = groupOf(item);
    var card = cards[idOf(item)];
    var scope = filters.chapter;
    if (scope && scope !== 'chapter:' + group.getAttribute('data-chapter') && scope !== 'part:' + group.getAttribute('data-part')) return false;
    if (filters.difficulty && q.getAttribute('data-difficulty') !== filters.difficulty) return false;
    if (filters.framework && q.getAttribute('data-framework') !== filters.framework) return false;
    if (filters.status === 'due') return study.state(card, now) === 'due';
    if (filters.status === 'review') return study.toReview(card);
    if (filters.status === 'unseen') return !card;
    return true;
  }

  function currentFilters() {
    return { chapter: chapterSelect.value, difficulty: selected('difficulty'), framework: selected('framework'), status: selected('status') };
  }

  function applyFilters() {
    var filters = currentFilters();
    var cards = store.load().cards;
    var now = store.now();
    items.forEach(function (item) { item.hidden = !matches(item, filters, cards, now); });
    groups.forEach(function (group) { group.hidden = !group.querySelector('.question-list > li:not([hidden])'); });
    var shown = visibleItems().length;
    count.textContent = shown === items.length ? items.length + ' questions' : shown + ' of ' + items.length + ' questions';
    empty.hidden = shown !== 0;
    document.getElementById('practice-start').disabled = shown === 0;
  }

  function visibleItems() { return items.filter(function (item) { return !item.hidden; }); }

  /** The deck's name, from the filters' labels: "Flask fundamentals · Senior · due". */
  function deckLabel(filters) {
    var parts = [];
    if (filters.chapter) parts.push(chapterSelect.options[chapterSelect.selectedIndex].textContent.replace(/\s*\(\d+\)$/, ''));
    ['difficulty', 'framework', 'status'].forEach(function (name) {
      var checked = tools.querySelector('input[name="' + name + '"]:checked');
      if (checked && checked.value) parts.push(checked.parentNode.textContent.replace(/\s*\(\d+\)\s*$/, '').trim());
    });
    return parts.length ? parts.join(' · ') : 'All questions';
  }

  function deckKey(filters) {
    return Object.keys(filters).filter(function (k) { return filters[k]; }).map(function (k) { return k + '=' + filters[k]; }).join('&');
  }

  function setFilters(filters) {
    chapterSelect.value = filters.chapter || '';
    if (chapterSelect.selectedIndex < 0) chapterSelect.value = '';
    ['difficulty', 'framework', 'status'].forEach(function (name) {
      var input = tools.querySelector('input[name="' + name + '"][value="' + (filters[name] || '') + '"]') ||
        tools.querySelector('input[name="' + name + '"][value=""]');
      input.checked = true;
    });
    applyFilters();
  }

  /** Progress marks on the list and the counts in the progress section. */
  function showProgress() {
    var cards = store.load().cards;
    var now = store.now();
    items.forEach(function (item) {
      var q = item.querySelector('.question');
      var card = cards[idOf(item)];
      if (card) q.setAttribute('data-status', card.last); else q.removeAttribute('data-status');
      if (study.state(card, now) === 'due') q.setAttribute('data-due', ''); else q.removeAttribute('data-due');
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-study-scope]'), function (line) {
      var scope = line.getAttribute('data-study-scope');
      var ids = items.filter(function (item) { return scope === 'all' || scope === 'part:' + groupOf(item).getAttribute('data-part'); }).map(idOf);
      study.showCounts(line, study.tally(ids, cards, now));
    });
  }

  function setBrowsing(on) {
    browsing.forEach(function (element) { if (element) element.hidden = !on; });
    if (on) empty.hidden = visibleItems().length !== 0; else empty.hidden = true;
  }

  function saveSession() {
    store.update(function (progress) { progress.practice = session; });
  }

  function showSection(section, title) {
    setBrowsing(false);
    practice.hidden = section !== practice;
    summary.hidden = section !== summary;
    // The section's top at the top of the screen (under the sticky header), then focus without scrolling again.
    section.scrollIntoView({ block: 'start' });
    title.focus({ preventScroll: true });
  }

  function begin(deck, label, ids) {
    var now = store.now();
    var ordered = study.orderDeck(ids, store.load().cards, now);
    if (ordered.length === 0) return;
    session = study.startSession(deck, label, ordered, now);
    saveSession();
    showSection(practice, document.getElementById('practice-title'));
    showCard();
  }

  function startPractice() {
    var filters = currentFilters();
    begin(deckKey(filters), deckLabel(filters), visibleItems().map(idOf));
  }

  /** Picks up the stored session; cards the guide no longer has are left out. */
  function resume() {
    var stored = store.load().practice;
    if (!stored) return false;
    var current = stored.ids[stored.position];
    var ids = stored.ids.filter(function (id) { return byId[id]; });
    if (ids.length === 0) return false;
    session = Object.assign({}, stored, { ids: ids, position: Math.max(0, Math.min(ids.indexOf(current) < 0 ? stored.position : ids.indexOf(current), ids.length - 1)) });
    showSection(practice, document.getElementById('practice-title'));
    showCard();
    return true;
  }

  function currentQuestion() { return byId[session.ids[session.position]].querySelector('.question'); }

  function badgeText(q, name) { return q.querySelector('.question-meta .badge-' + q.getAttribute('data-' + name)).textContent; }

  function showCard() {
    var q = currentQuestion();
    var id = session.ids[session.position];
    var card = store.load().cards[id];
    document.getElementById('practice-deck').textContent = session.label;
    practice.setAttribute('data-question', id);
    practice.querySelector('.practice-meta').textContent = badgeText(q, 'difficulty') + ' · ' + badgeText(q, 'framework') + ' · ' +
      groupOf(byId[id]).querySelector('h2').textContent.replace(/#$/, '');
    practice.querySelector('.practice-question').innerHTML = q.querySelector('.question-text').innerHTML;
    var answer = practice.querySelector('.practice-answer');
    answer.innerHTML = q.querySelector('.question-answer-body').innerHTML;
    answer.hidden = true;
    document.getElementById('practice-reveal').hidden = false;
    var marked = session.knew.indexOf(id) >= 0 ? ' (marked: knew it)' : session.review.indexOf(id) >= 0 ? ' (marked: review again)' : '';
    var state = study.state(card, store.now());
    document.getElementById('practice-position').textContent = 'Question ' + (session.position + 1) + ' of ' + session.ids.length +
      (marked || (state === 'due' ? ' (due)' : state === 'new' ? ' (new)' : ''));
    document.getElementById('practice-previous').disabled = session.position === 0;
    document.getElementById('practice-next').disabled = session.position === session.ids.length - 1;
  }

  function reveal() {
    practice.querySelector('.practice-answer').hidden = false;
    document.getElementById('practice-reveal').hidden = true;
  }

  function move(delta) {
    var next = session.position + delta;
    if (next < 0 || next >= session.ids.length) return;
    session = Object.assign({}, session, { position: next });
    saveSession();
    showCard();
    // After a long answer the next question would start above the screen: bring the card's top back.
    if (practice.getBoundingClientRect().top < 0) practice.scrollIntoView({ block: 'start' });
  }

  function mark(outcome) {
    var id = session.ids[session.position];
    var now = store.now();
    session = study.recordInSession(session, id, outcome);
    store.update(function (progress) { progress.cards[id] = study.mark(progress.cards[id], outcome, now); });
    if (session.position < session.ids.length - 1) move(1); else endSession();
  }

  /** The end-of-session summary; the session is over, so "continue" on the home page no longer offers it. */
  function endSession() {
    var cards = store.load().cards;
    var totals = study.summarize(session, cards);
    var now = store.now();
    document.getElementById('practice-summary-deck').textContent = session.label;
    document.getElementById('summary-seen').textContent = String(totals.seen);
    document.getElementById('summary-knew').textContent = String(totals.knew);
    document.getElementById('summary-review').textContent = String(totals.review);
    document.getElementById('summary-next').textContent = totals.nextDue === null ? 'nothing marked' : study.describeDue(totals.nextDue, now);
    document.getElementById('practice-again').hidden = totals.review === 0;
    summary.setAttribute('data-review', session.review.join(' '));
    summary.setAttribute('data-label', session.label);
    store.update(function (progress) { progress.practice = null; });
    session = null;
    showSection(summary, document.getElementById('practice-summary-title'));
  }

  function backToList(focus) {
    // A deck link's fragment would start the deck again on reload; the session itself stays stored.
    if (window.location.hash.indexOf('#deck?') === 0) history.replaceState(null, '', window.location.pathname + window.location.search);
    practice.hidden = true;
    summary.hidden = true;
    session = null;
    setBrowsing(true);
    applyFilters();
    showProgress();
    document.getElementById(focus).focus();
  }

  /** Opens the deck a link names: #deck?chapter=chapter:slug&status=due, or #deck?resume for the session in progress. */
  function openLinkedDeck() {
    var hash = window.location.hash;
    if (hash.indexOf('#deck?') !== 0) return;
    var query = hash.slice(6);
    if (query === 'resume' && resume()) return;
    var filters = { chapter: '', difficulty: '', framework: '', status: '' };
    query.split('&').forEach(function (pair) {
      var equals = pair.indexOf('=');
      var key = decodeURIComponent(pair.slice(0, equals));
      if (equals > 0 && key in filters) filters[key] = decodeURIComponent(pair.slice(equals + 1));
    });
    setFilters(filters);
    startPractice();
  }

  tools.addEventListener('change', applyFilters);
  document.getElementById('practice-start').addEventListener('click', startPractice);
  document.getElementById('practice-stop').addEventListener('click', function () { backToList('practice-start'); });
  document.getElementById('practice-end').addEventListener('click', endSession);
  document.getElementById('practice-close').addEventListener('click', function () { backToList('practice-start'); });
  document.getElementById('practice-again').addEventListener('click', function () {
    var ids = summary.getAttribute('data-review').split(' ').filter(function (id) { return byId[id]; });
    begin('status=review', summary.getAttribute('data-label').replace(/ · to review$/, '') + ' · to review', ids);
  });
  document.getElementById('practice-reveal').addEventListener('click', reveal);
  document.getElementById('practice-previous').addEventListener('click', function () { move(-1); });
  document.getElementById('practice-next').addEventListener('click', function () { move(1); });
  Array.prototype.forEach.call(practice.querySelectorAll('[data-mark]'), function (button) {
    button.addEventListener('click', function () { mark(button.getAttribute('data-mark')); });
  });
  document.getElementById('progress-reset').addEventListener('click', function () {
    store.clear();
    applyFilters();
    showProgress();
  });
  document.getElementById('print-answers').addEventListener('click', function () { window.print(); });
  document.addEventListener('sitegen-study-imported', function () {
    applyFilters();
    showProgress();
  });

  // Printing shows every answer: open the disclosures for the print, then put them back.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(document.querySelectorAll('.question-answer'), function (d) { return !d.open; });
    opened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });

  document.addEventListener('keydown', function (event) {
    if (!session || practice.hidden || event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable)) return;
    if (event.key === ' ' || event.key === 'Spacebar') {
      if (target && target.tagName === 'BUTTON' && target.id !== 'practice-reveal') return;
      event.preventDefault();
      reveal();
    } else if (event.key === '1') {
      mark('known');
    } else if (event.key === '2') {
      mark('review');
    } else if (event.key === 'ArrowRight') {
      move(1);
    } else if (event.key === 'ArrowLeft') {
      move(-1);
    } else if (event.key === 'Escape') {
      backToList('practice-start');
    }
  });
  window.addEventListener('hashchange', openLinkedDeck);

  applyFilters();
  showProgress();
  openLinkedDeck();
})(window.SiteGenStudy);

// The question bank: filters with live counts, a printable answer sheet, and a practice mode whose
// progress is kept in localStorage by question id. Without this script the full list still works.
(function () {
  'use strict';
  var STORAGE_KEY = 'sitegen-practice-v1';
  var tools = document.querySelector('.question-tools');
  if (!tools) return;

  var items = Array.prototype.slice.call(document.querySelectorAll('.question-list > li'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('.question-group'));
  var count = document.getElementById('question-count');
  var empty = document.getElementById('question-empty');
  var practice = document.getElementById('practice');
  var progressSection = document.getElementById('progress');
  var deck = [];
  var position = 0;

  function loadProgress() {
    try {
      var parsed = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || '{}');
      return parsed && typeof parsed === 'object' ? parsed : {};
    } catch (e) {
      return {};
    }
  }

  function saveProgress(progress) {
    try { window.localStorage.setItem(STORAGE_KEY, JSON.stringify(progress)); } catch (e) { /* storage full or disabled */ }
  }

  function questionOf(item) { return item.querySelector('.question'); }

  function selected(name) {
    var checked = tools.querySelector('input[name="' + name + '"]:checked');
    return checked ? checked.value : '';
  }

  function visibleItems() { return items.filter(function (item) { return !item.hidden; }); }

  function applyFilters() {
    var difficulty = selected('difficulty');
    var framework = selected('framework');
    items.forEach(function (item) {
      var q = questionOf(item);
      item.hidden = (difficulty && q.getAttribute('data-difficulty') !== difficulty) ||
        (framework && q.getAttribute('data-framework') !== framework);
    });
    groups.forEach(function (group) { group.hidden = !group.querySelector('.question-list > li:not([hidden])'); });
    var shown = visibleItems().length;
    count.textContent = shown === items.length ? items.length + ' questions' : shown + ' of ' + items.length + ' questions';
    empty.hidden = shown !== 0;
    document.getElementById('practice-start').disabled = shown === 0;
  }

  function markStatuses() {
    var progress = loadProgress();
    items.forEach(function (item) {
      var q = questionOf(item);
      var status = progress[q.getAttribute('data-question')];
      if (status) q.setAttribute('data-status', status); else q.removeAttribute('data-status');
    });
    renderSummary(progress);
  }

  function renderSummary(progress) {
    var body = progressSection.querySelector('tbody');
    body.textContent = '';
    var any = false;
    groups.forEach(function (group) {
      var ids = Array.prototype.map.call(group.querySelectorAll('.question'), function (q) { return q.getAttribute('data-question'); });
      var known = ids.filter(function (id) { return progress[id] === 'known'; }).length;
      var review = ids.filter(function (id) { return progress[id] === 'review'; }).length;
      if (known || review) any = true;
      var row = document.createElement('tr');
      var title = document.createElement('th');
      title.scope = 'row';
      title.textContent = group.querySelector('h2').textContent.replace(/#$/, '');
      row.appendChild(title);
      [known, review, ids.length].forEach(function (value) {
        var cell = document.createElement('td');
        cell.textContent = String(value);
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
    progressSection.hidden = !any;
  }

  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = list[i]; list[i] = list[j]; list[j] = t;
    }
    return list;
  }

  function showCard() {
    var q = deck[position];
    var meta = practice.querySelector('.practice-meta');
    meta.textContent = q.querySelector('.question-meta .badge-' + q.getAttribute('data-difficulty')).textContent + ' · ' +
      q.querySelector('.question-meta .badge-' + q.getAttribute('data-framework')).textContent + ' · ' +
      q.closest('.question-group').querySelector('h2').textContent.replace(/#$/, '');
    practice.querySelector('.practice-question').innerHTML = q.querySelector('.question-text').innerHTML;
    var answer = practice.querySelector('.practice-answer');
    answer.innerHTML = q.querySelector('.question-answer-body').innerHTML;
    answer.hidden = true;
    document.getElementById('practice-reveal').hidden = false;
    var status = loadProgress()[q.getAttribute('data-question')];
    document.getElementById('practice-position').textContent = 'Question ' + (position + 1) + ' of ' + deck.length +
      (status === 'known' ? ' (marked: knew it)' : status === 'review' ? ' (marked: review again)' : '');
    document.getElementById('practice-previous').disabled = position === 0;
    document.getElementById('practice-next').disabled = position === deck.length - 1;
  }

  function startPractice() {
    deck = shuffle(visibleItems().map(questionOf));
    if (deck.length === 0) return;
    position = 0;
    practice.hidden = false;
    document.querySelector('.question-bank-list').hidden = true;
    showCard();
    document.getElementById('practice-title').focus();
  }

  function stopPractice() {
    practice.hidden = true;
    document.querySelector('.question-bank-list').hidden = false;
    markStatuses();
    document.getElementById('practice-start').focus();
  }

  function reveal() {
    practice.querySelector('.practice-answer').hidden = false;
    document.getElementById('practice-reveal').hidden = true;
  }

  function move(delta) {
    var next = position + delta;
    if (next < 0 || next >= deck.length) return;
    position = next;
    showCard();
  }

  function mark(status) {
    var progress = loadProgress();
    progress[deck[position].getAttribute('data-question')] = status;
    saveProgress(progress);
    if (position < deck.length - 1) move(1); else showCard();
  }

  tools.addEventListener('change', applyFilters);
  document.getElementById('practice-start').addEventListener('click', startPractice);
  document.getElementById('practice-stop').addEventListener('click', stopPractice);
  document.getElementById('practice-reveal').addEventListener('click', reveal);
  document.getElementById('practice-previous').addEventListener('click', function () { move(-1); });
  document.getElementById('practice-next').addEventListener('click', function () { move(1); });
  Array.prototype.forEach.call(practice.querySelectorAll('[data-mark]'), function (button) {
    button.addEventListener('click', function () { mark(button.getAttribute('data-mark')); });
  });
  document.getElementById('progress-reset').addEventListener('click', function () {
    try { window.localStorage.removeItem(STORAGE_KEY); } catch (e) { /* nothing stored */ }
    markStatuses();
  });
  document.getElementById('print-answers').addEventListener('click', function () { window.print(); });

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
    if (practice.hidden || event.altKey || event.ctrlKey || event.metaKey) return;
    var target = event.target;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
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
      stopPractice();
    }
  });

  applyFilters();
  markStatuses();
})();

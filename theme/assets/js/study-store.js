// The browser side every study page shares: the reader's progress in local storage (one JSON value, schema
// in study-scheduler.js: cards by question id, the last reading position, the practice session in progress),
// links to site paths, and the progress line the server writes (StudyProgressMarkup) filled with the
// reader's counts. The clock is Date.now, read here only, so that tests can set it with an init script.
(function (study) {
  'use strict';
  var KEY = 'sitegen-study';
  var FIRST_PRACTICE_KEY = 'sitegen-practice-v1';

  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }

  function now() { return Date.now(); }

  /** The stored progress, the first practice mode's marks carried over, or empty progress. */
  function load() {
    var text = read(KEY);
    if (text !== null) {
      var parsed = study.parseProgress(text);
      return parsed.ok ? parsed.progress : study.emptyProgress();
    }
    var marks = read(FIRST_PRACTICE_KEY);
    if (marks === null) return study.emptyProgress();
    try { return study.migrateMarks(JSON.parse(marks), now()); } catch (e) { return study.emptyProgress(); }
  }

  /** Saves progress; returns false when storage is full or disabled (the page still works for this visit). */
  function save(progress) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(progress));
      window.localStorage.removeItem(FIRST_PRACTICE_KEY);
      return true;
    } catch (e) {
      return false;
    }
  }

  /** Loads, applies a change, saves, and returns the changed progress. */
  function update(change) {
    var progress = load();
    change(progress);
    save(progress);
    return progress;
  }

  function clear() {
    try {
      window.localStorage.removeItem(KEY);
      window.localStorage.removeItem(FIRST_PRACTICE_KEY);
    } catch (e) { /* nothing stored */ }
  }

  /**
   * The href of a site path from this page, given the page's prefix to the site root. From disk, folder
   * URLs get index.html, as site.js does for the links in the page.
   */
  function href(rootPrefix, sitePath, fragment) {
    var path = rootPrefix + sitePath;
    if (window.location.protocol === 'file:' && (path === '' || path.charAt(path.length - 1) === '/')) path += 'index.html';
    return (path || './') + (fragment ? '#' + fragment : '');
  }

  /** The prefix from this page to the site root, as the layout gives it to search. */
  function rootPrefix() {
    var input = document.getElementById('search-input');
    return input ? input.getAttribute('data-search-root') || '' : '';
  }

  /** Fills a progress line's numbers and bar; the line keeps its shape, so the page does not move. */
  function showCounts(line, counts) {
    Array.prototype.forEach.call(line.querySelectorAll('[data-count]'), function (span) {
      span.textContent = String(counts[span.getAttribute('data-count')]);
    });
    var bar = line.querySelector('progress');
    if (bar) bar.value = counts.mastered;
  }

  study.showCounts = showCounts;
  study.store = { load: load, save: save, update: update, clear: clear, now: now, href: href, rootPrefix: rootPrefix };
})(window.SiteGenStudy);

// On a chapter: the reader's progress on its own questions (the ids are in the page), and the reading
// position (this chapter and the section at the top of the screen) for "continue where you left off".
(function (study) {
  'use strict';
  var chapter = document.querySelector('.chapter');
  if (!chapter || !study || !study.store) return;
  var store = study.store;

  function showProgress() {
    var line = chapter.querySelector('[data-study-scope="chapter"]');
    if (!line) return;
    var ids = Array.prototype.map.call(chapter.querySelectorAll('.chapter-body .question[data-question]'), function (q) {
      return q.getAttribute('data-question');
    });
    study.showCounts(line, study.tally(ids, store.load().cards, store.now()));
  }

  /** This page's site path ("flask-fundamentals/"), from its address and its prefix to the site root. */
  function sitePath() {
    var root = new URL(store.rootPrefix() || './', window.location.href).href;
    var here = window.location.href.split('#')[0].split('?')[0];
    if (here.indexOf(root) !== 0) return null;
    return here.slice(root.length).replace(/index\.html$/, '');
  }

  var headings = Array.prototype.slice.call(chapter.querySelectorAll('.chapter-body h2[id], .chapter-body h3[id]'));
  var title = chapter.querySelector('h1');
  var path = sitePath();

  /** The last heading whose top has passed the top of the screen (below the sticky header), or none. */
  function currentHeading() {
    var current = null;
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].getBoundingClientRect().top > 96) break;
      current = headings[i];
    }
    return current;
  }

  function savePosition() {
    if (path === null) return;
    var heading = currentHeading();
    store.update(function (progress) {
      progress.reading = {
        path: path,
        title: title ? title.textContent.trim() : document.title,
        section: heading ? heading.id : '',
        sectionTitle: heading ? heading.textContent.replace(/#$/, '').trim() : '',
      };
    });
  }

  var pending = 0;
  window.addEventListener('scroll', function () {
    clearTimeout(pending);
    pending = setTimeout(savePosition, 200);
  }, { passive: true });
  window.addEventListener('pagehide', savePosition);

  showProgress();
  savePosition();
})(window.SiteGenStudy);

// On the home page: progress over the whole guide and per part (question ids from the generated
// study/questions.js, loaded by this page only), and "continue where you left off" for reading and practice.
(function (study) {
  'use strict';
  var data = window.SiteGenStudyData;
  var overview = document.querySelector('.study-overview');
  if (!overview || !data || !study || !study.store) return;
  var store = study.store;
  var progress = store.load();
  var now = store.now();
  var root = store.rootPrefix();

  var idsByScope = { all: [] };
  data.parts.forEach(function (part) {
    var ids = [];
    part.chapters.forEach(function (chapter) { ids.push.apply(ids, chapter.questions); });
    idsByScope['part:' + part.index] = ids;
    idsByScope.all.push.apply(idsByScope.all, ids);
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-study-scope]'), function (line) {
    var ids = idsByScope[line.getAttribute('data-study-scope')];
    if (ids) study.showCounts(line, study.tally(ids, progress.cards, now));
  });

  function setLink(kind, href, text) {
    var link = overview.querySelector('[data-continue="' + kind + '"] a');
    link.href = href;
    link.textContent = text;
  }

  var reading = progress.reading;
  if (reading) {
    setLink('reading', store.href(root, reading.path, reading.section),
      'Continue reading: ' + reading.title + (reading.sectionTitle ? ' › ' + reading.sectionTitle : ''));
  }
  var practice = progress.practice;
  if (practice) {
    setLink('practice', store.href(root, 'questions/', 'deck?resume'),
      'Continue practice: ' + practice.label + ', question ' + (practice.position + 1) + ' of ' + practice.ids.length);
  } else {
    var due = study.tally(idsByScope.all, progress.cards, now).due;
    if (due > 0) setLink('practice', store.href(root, 'questions/', 'deck?status=due'), due === 1 ? 'Practice the due question' : 'Practice the ' + due + ' due questions');
  }
})(window.SiteGenStudy);

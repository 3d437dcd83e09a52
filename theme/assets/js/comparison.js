// The comparison page's filters: narrow rows by category and by text as the reader types. The full
// table is in the HTML; without this script every row simply stays visible.
(function () {
  'use strict';
  var controls = document.querySelector('.comparison-filters');
  if (!controls) return;
  var category = document.getElementById('comparison-category');
  var text = document.getElementById('comparison-text');
  var count = document.getElementById('comparison-count');
  var empty = document.getElementById('comparison-empty');
  var sections = Array.prototype.slice.call(document.querySelectorAll('.comparison-category'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('.comparison-category tr[data-dimension]'));
  var haystacks = rows.map(function (row) { return normalize(row.textContent + ' ' + row.getAttribute('data-dimension')); });

  function normalize(value) {
    return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[_\-]+/g, ' ').replace(/\s+/g, ' ');
  }

  function apply() {
    var words = normalize(text.value).trim().split(' ').filter(Boolean);
    var wanted = category.value;
    var shown = 0;
    rows.forEach(function (row, i) {
      var visible = (!wanted || row.getAttribute('data-category') === wanted) &&
        words.every(function (word) { return haystacks[i].indexOf(word) >= 0; });
      row.hidden = !visible;
      if (visible) shown++;
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector('tr[data-dimension]:not([hidden])');
    });
    count.textContent = shown === rows.length ? rows.length + ' topics' : shown + ' of ' + rows.length + ' topics';
    empty.hidden = shown !== 0;
    var params = new URLSearchParams(window.location.search);
    if (text.value) params.set('q', text.value); else params.delete('q');
    if (wanted) params.set('category', wanted); else params.delete('category');
    var query = params.toString();
    if (window.location.protocol !== 'file:') {
      window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
    }
  }

  var initial = new URLSearchParams(window.location.search);
  text.value = initial.get('q') || '';
  if (initial.get('category')) category.value = initial.get('category');
  text.addEventListener('input', apply);
  category.addEventListener('change', apply);
  apply();
})();

// Printing shows every note: open them for the print and close the ones that were closed. The print CSS shows
// the notes' contents without script as well, where the browser supports ::details-content.
(function () {
  'use strict';
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(document.querySelectorAll('details.comparison-note:not([open])'), function (note) {
      note.open = true;
      return true;
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (note) { note.open = false; });
    opened = [];
  });
})();

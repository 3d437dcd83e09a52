// The part of search every page carries: it loads the search engine (search-core.js and search-ui.js,
// joined and minified at build time into the file its data-engine attribute names) the first time the
// reader focuses a search box or presses "/" or Ctrl+K / Cmd+K, and straight away on the search page and
// on a page opened from a result (which marks the searched words). Until then a page loads no search code
// and no index file.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var source = script.getAttribute('data-engine');
  var loading = false;

  function load() {
    if (loading || !source) return;
    loading = true;
    var element = document.createElement('script');
    element.src = source;
    document.head.appendChild(element);
  }

  function isTextField(target) {
    if (!target || !target.tagName) return false;
    if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
    return target.tagName === 'INPUT' && !/^(checkbox|radio|button|submit|reset|range|color|file|image)$/i.test(target.type);
  }

  function arrivedFromResult() {
    try {
      return window.sessionStorage.getItem('sitegen-search-highlight') !== null;
    } catch (e) {
      return false;
    }
  }

  function setup() {
    var input = document.getElementById('search-input');
    if (input) input.addEventListener('focus', load);
    var pageInput = document.getElementById('search-page-input');
    if (pageInput) pageInput.addEventListener('focus', load);
    if (document.getElementById('search-page') || arrivedFromResult()) load();
    // "/" and Ctrl+K / Cmd+K jump to the box, unless the reader is typing in another field.
    document.addEventListener('keydown', function (event) {
      if (!input || event.defaultPrevented || isTextField(event.target)) return;
      var slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
      var commandK = (event.ctrlKey || event.metaKey) && !event.altKey && (event.key === 'k' || event.key === 'K');
      if (!slash && !commandK) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup);
  else setup();
})();

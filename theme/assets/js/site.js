// Progressive enhancement for every page: colour theme toggle, the chapter menu on small screens,
// and links that work when the site is opened straight from disk (file://).
(function () {
  'use strict';
  var root = document.documentElement;
  var STORAGE_KEY = 'sitegen-theme';

  function currentTheme() {
    var explicit = root.getAttribute('data-theme');
    if (explicit === 'light' || explicit === 'dark') return explicit;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function setupThemeToggle() {
    var button = document.querySelector('.theme-toggle');
    if (!button) return;
    var label = button.querySelector('.theme-toggle-label');
    function sync() {
      var dark = currentTheme() === 'dark';
      button.setAttribute('aria-pressed', dark ? 'true' : 'false');
      if (label) label.textContent = 'Dark theme';
    }
    button.hidden = false;
    sync();
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { window.localStorage.setItem(STORAGE_KEY, next); } catch (e) { /* not persisted; still applied */ }
      sync();
    });
    if (window.matchMedia) {
      window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
    }
  }

  function setupNavToggle() {
    var button = document.querySelector('.nav-toggle');
    var nav = document.getElementById('site-nav');
    if (!button || !nav) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('is-open', open);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && nav.classList.contains('is-open')) {
        nav.classList.remove('is-open');
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      }
    });
  }

  // Pretty URLs end in "/", which a browser cannot open from disk: point them at index.html instead.
  function fixLinksForFileProtocol() {
    if (window.location.protocol !== 'file:') return;
    var links = document.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute('href');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === '#' || href.charAt(0) === '/') continue;
      var hash = href.indexOf('#');
      var path = hash < 0 ? href : href.slice(0, hash);
      var fragment = hash < 0 ? '' : href.slice(hash);
      if (path === '' ) continue;
      if (path === '.' || path === './') path = '';
      if (path === '' || path.charAt(path.length - 1) === '/') links[i].setAttribute('href', path + 'index.html' + fragment);
    }
  }

  fixLinksForFileProtocol();
  setupThemeToggle();
  setupNavToggle();
})();

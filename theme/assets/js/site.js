// Progressive enhancement for every page: colour theme control, the chapter menu on small screens, the current
// chapter in view in the sidebar, and links that work when the site is opened straight from disk (file://).
(function () {
  'use strict';
  var root = document.documentElement;
  var STORAGE_KEY = 'sitegen-theme';

  // Three choices: follow the system (nothing stored), light, dark. The button's label is CSS over data-theme.
  function systemTheme() {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  function storedChoice() {
    var explicit = root.getAttribute('data-theme');
    return explicit === 'light' || explicit === 'dark' ? explicit : 'system';
  }

  // From "system" the first click always changes what the reader sees: to the scheme the system is not using.
  function nextChoice(choice) {
    var other = systemTheme() === 'dark' ? 'light' : 'dark';
    if (choice === 'system') return other;
    if (choice === other) return other === 'dark' ? 'light' : 'dark';
    return 'system';
  }

  function setupThemeToggle() {
    var button = document.querySelector('.theme-toggle');
    if (!button) return;
    button.addEventListener('click', function () {
      var next = nextChoice(storedChoice());
      try {
        if (next === 'system') window.localStorage.removeItem(STORAGE_KEY);
        else window.localStorage.setItem(STORAGE_KEY, next);
      } catch (e) { /* not persisted; still applied */ }
      if (next === 'system') root.removeAttribute('data-theme');
      else root.setAttribute('data-theme', next);
    });
  }

  // On long guides the current chapter sits below the sidebar's fold: scroll the sidebar (not the page) to it.
  function revealCurrentChapter() {
    var nav = document.getElementById('site-nav');
    var current = nav && nav.querySelector('a[aria-current="page"]');
    if (!current || nav.scrollHeight <= nav.clientHeight) return;
    var top = current.getBoundingClientRect().top - nav.getBoundingClientRect().top + nav.scrollTop;
    if (top + current.offsetHeight > nav.scrollTop + nav.clientHeight || top < nav.scrollTop) {
      nav.scrollTop = Math.max(0, top - (nav.clientHeight - current.offsetHeight) / 2);
    }
  }

  function setupNavToggle() {
    var button = document.querySelector('.nav-toggle');
    var nav = document.getElementById('site-nav');
    if (!button || !nav) return;
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
  revealCurrentChapter();
})();

// Search UI: the header box (results as you type, grouped by page), the search page (?q=), and marking
// the searched words in the section a result opened. search-loader.js loads it, after search-core.js, when
// a box is first focused. All text is inserted with textContent and createElement, never as HTML; the
// echoed query sits in <bdi>, so right-to-left text cannot reorder the sentence around it.
(function () {
  'use strict';
  const core = window.SiteGenSearchCore;
  if (!core) return;

  const HIGHLIGHT_KEY = 'sitegen-search-highlight';
  const DEBOUNCE_MS = 120;
  // Five pages: the first three in full (their two best sections, with excerpts, from one file a page), the
  // other two as links by title from the page table, which costs no file. "Show all" opens the search page.
  const DROPDOWN_PAGES = 5;
  const DROPDOWN_FULL_PAGES = 3;
  const DROPDOWN_SECTIONS = 2;
  // A page's second section is shown only when it matches about as well (a quarter of the best's score or
  // more): a section that matched only one part of an identifier is noise.
  const SECOND_SECTION_SHARE = 0.25;
  // One character matches too much to be worth a shard: the box waits for a second.
  const MIN_QUERY = 2;
  const DROPDOWN_SNIPPET = 140;
  const PAGE_SNIPPET = 240;
  // The search page shows the first ten pages in full (a file each) and the others by title, as the dropdown does.
  const PAGE_FULL_PAGES = 10;
  const isFile = window.location.protocol === 'file:';

  /* ---------------------------------------------------------------- Shared helpers */

  // One engine per page, created on first use so that nothing loads before it is needed.
  let engine = null;
  function getEngine(root) {
    if (!engine) {
      const loader = core.createScriptLoader(root);
      engine = { loader: loader, search: core.createSearch(loader) };
    }
    return engine;
  }

  function preload(root) {
    getEngine(root).loader.load('manifest').catch(() => { /* reported when a search runs */ });
  }

  function debounce(fn, wait) {
    let timer = 0;
    return function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fn, wait);
    };
  }

  // Index urls are relative to the site root and end in "/" or "/#anchor"; from disk a folder cannot be
  // opened, so there they point at its index.html.
  function siteHref(root, url) {
    const hash = url.indexOf('#');
    let path = hash < 0 ? url : url.slice(0, hash);
    const fragment = hash < 0 ? '' : url.slice(hash);
    if (isFile && (path === '' || path.endsWith('/'))) path += 'index.html';
    return root + path + fragment;
  }

  function searchPageHref(root, query) {
    return siteHref(root, 'search/') + '?q=' + encodeURIComponent(query);
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // Appends `text` to `parent`, wrapping the [start, end) ranges in <mark>.
  function appendMarked(parent, text, ranges, markClass) {
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) parent.appendChild(document.createTextNode(text.slice(at, start)));
      parent.appendChild(element('mark', markClass, text.slice(start, end)));
      at = end;
    }
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
    return parent;
  }

  function markedElement(tag, className, text, terms) {
    return appendMarked(element(tag, className), text, core.highlightRanges(text, terms));
  }

  function snippetElement(tag, className, excerpt, terms, length) {
    const snippet = core.makeSnippet(excerpt, terms, length);
    return appendMarked(element(tag, className), snippet.text, snippet.ranges);
  }

  // The header's live region (announces dropdown results; the search page has its own).
  function announce(text) {
    const status = document.getElementById('search-status');
    if (status) status.textContent = text;
  }

  const countText = (total) => (total === 1 ? '1 result' : total + ' results');
  const matchesText = (matches) => (matches === 1 ? '1 matching section' : matches + ' matching sections');
  const quoted = (query) => '\u201c' + query.trim() + '\u201d';

  // The one-line summary of a search, for the live regions (text only).
  function summary(results, query) {
    if (results.error) return 'Search is not available right now.';
    if (!results.total) return 'No results for ' + quoted(query) + '.';
    return countText(results.total) + ' for ' + quoted(results.correction || query);
  }

  // A query echoed on screen: isolated in <bdi> and quoted.
  function echo(query) {
    const bdi = element('bdi', '', query.trim());
    const fragment = document.createDocumentFragment();
    fragment.append('\u201c', bdi, '\u201d');
    return fragment;
  }

  // The visible counterpart of summary(): "No results for “…”." or "Showing results for “…”" when the
  // engine searched for the nearest words instead of a misspelling.
  function summaryElement(tag, className, results, query) {
    const line = element(tag, className);
    if (results.error) line.textContent = summary(results, query);
    else if (!results.total) line.append('No results for ', echo(query), '.');
    else if (results.correction) line.append('Showing results for ', echo(results.correction), ' (no exact match for ', echo(query), ')');
    else line.append(countText(results.total) + ' for ', echo(query));
    return line;
  }

  // The empty state's advice: what to try next, with links to the question bank and the comparison.
  function emptyHelp(root, error) {
    const help = element('p', 'search-empty-help', error ? 'Browse ' : 'Try fewer or different words, or browse ');
    const link = (url, text) => {
      const a = element('a', '', text);
      a.href = siteHref(root, url);
      return a;
    };
    help.append(link('questions/', 'the question bank'), ' or ', link('comparison/', 'the Flask vs Django comparison'), '.');
    return help;
  }

  // Remembers the terms a result matched, for marking them on the page it opens (see markStoredHighlight).
  function rememberHighlight(url, terms) {
    try {
      const hash = url.indexOf('#');
      window.sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({
        page: hash < 0 ? url : url.slice(0, hash),
        hash: hash < 0 ? '' : url.slice(hash + 1),
        terms: terms
      }));
    } catch (e) { /* storage disabled: the page just opens without highlights */ }
  }

  /* ---------------------------------------------------------------- Header search box */

  function setupHeaderSearch() {
    const input = document.getElementById('search-input');
    const list = document.getElementById('search-results');
    if (!input || !list || !input.form) return;
    const form = input.form;
    const root = input.getAttribute('data-search-root') || '';
    // A listbox may only hold options, so the empty state is a panel of its own beside it.
    const empty = element('div', 'search-results search-empty');
    empty.hidden = true;
    list.after(empty);

    let options = [];
    let active = -1;
    let latest = 0;

    function setActive(index) {
      if (options[active]) options[active].element.setAttribute('aria-selected', 'false');
      active = index;
      const option = options[active];
      if (!option) {
        input.removeAttribute('aria-activedescendant');
        return;
      }
      option.element.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.element.id);
      option.element.scrollIntoView({ block: 'nearest' });
    }

    function show(panel) {
      list.hidden = panel !== list;
      empty.hidden = panel !== empty;
      input.setAttribute('aria-expanded', panel === list ? 'true' : 'false');
      if (panel !== list) setActive(-1);
    }

    const isOpen = () => !list.hidden || !empty.hidden;

    // An option is a link (so it can be opened in a new tab) that the box's arrow keys move through.
    // `url` is the index url of a section, or null for "Show all", which marks nothing.
    function addOption(parent, href, url, terms) {
      const option = element('a', 'search-option');
      option.id = 'search-option-' + options.length;
      option.href = href;
      option.tabIndex = -1;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      const entry = { element: option, url: url, terms: terms };
      if (url) option.addEventListener('click', () => rememberHighlight(url, terms));
      options.push(entry);
      parent.appendChild(option);
      return entry;
    }

    function renderGroup(group, index) {
      const box = element('div', 'search-group');
      box.setAttribute('role', 'group');
      const title = element('div', 'search-group-title', group.pageTitle);
      title.id = 'search-group-' + index;
      box.setAttribute('aria-labelledby', title.id);
      box.appendChild(title);
      const best = group.sections[0].score;
      for (const section of group.sections.filter((s, i) => i === 0 || s.score >= best * SECOND_SECTION_SHARE)) {
        const entry = addOption(box, siteHref(root, section.url), section.url, section.terms);
        entry.element.append(
          markedElement('span', 'search-option-heading', section.heading, section.terms),
          snippetElement('span', 'search-option-snippet', section.excerpt, section.terms, DROPDOWN_SNIPPET));
      }
      return box;
    }

    // The pages shown by title only: a link to each page (the section is in a file not loaded) with the number
    // of its matching sections, which the page table tells without one.
    function renderMorePages(groups, terms, index) {
      const box = element('div', 'search-group search-more');
      box.setAttribute('role', 'group');
      const title = element('div', 'search-group-title', 'More pages');
      title.id = 'search-group-' + index;
      box.setAttribute('aria-labelledby', title.id);
      box.appendChild(title);
      for (const group of groups) {
        const entry = addOption(box, siteHref(root, group.url), group.url, terms);
        entry.element.append(
          markedElement('span', 'search-option-heading', group.pageTitle, terms),
          element('span', 'search-option-count', matchesText(group.matches)));
      }
      return box;
    }

    // When a search starts (after the pause) and when its results are on screen, for the bench
    // (./build.sh bench search) to compare with the moment the last index file arrived.
    const mark = (name) => { if (window.performance && performance.mark) performance.mark(name); };
    const markShown = () => mark('sitegen-search-shown');

    function render(results, query) {
      list.textContent = '';
      options = [];
      active = -1;
      announce(summary(results, query));
      if (!results.total) {
        empty.textContent = '';
        empty.append(summaryElement('p', 'search-empty-title', results, query), emptyHelp(root, results.error));
        show(empty);
        markShown();
        return;
      }
      if (results.correction) {
        const note = summaryElement('div', 'search-correction', results, query);
        note.setAttribute('role', 'presentation');
        list.appendChild(note);
      }
      const full = results.groups.filter((group) => group.sections.length);
      const more = results.groups.filter((group) => !group.sections.length);
      full.forEach((group, i) => list.appendChild(renderGroup(group, i)));
      if (more.length) list.appendChild(renderMorePages(more, results.terms, full.length));
      const all = addOption(list, searchPageHref(root, query), null, []);
      all.element.classList.add('search-option-all');
      all.element.textContent = 'Show all ' + countText(results.total);
      show(list);
      markShown();
    }

    function clearResults() {
      latest++;
      list.textContent = '';
      options = [];
      show(null);
      announce('');
    }

    // Runs after the reader pauses (debounced): a query the next keystroke replaces stops loading files
    // as soon as it notices (isCurrent), and its results are never shown.
    function update() {
      const query = input.value;
      if (query.trim().length < MIN_QUERY) {
        clearResults();
        return;
      }
      const request = ++latest;
      const isCurrent = () => request === latest;
      mark('sitegen-search-start');
      getEngine(root).search.search(query, { limit: DROPDOWN_PAGES, sections: DROPDOWN_SECTIONS, excerptPages: DROPDOWN_FULL_PAGES, isCurrent: isCurrent }).then((results) => {
        if (isCurrent() && !results.stale && document.activeElement === input) render(results, query);
      });
    }

    function open(index) {
      const option = options[index];
      if (!option) return;
      if (option.url) rememberHighlight(option.url, option.terms);
      window.location.href = option.element.href;
    }

    function onKeydown(event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!options.length) return;
        event.preventDefault();
        if (list.hidden) show(list);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
      } else if (event.key === 'Enter' && !list.hidden && options.length) {
        event.preventDefault();
        open(active >= 0 ? active : 0);
      } else if (event.key === 'Escape') {
        // The first Escape closes the results, the second clears the box (preventDefault stops the
        // browser's own clearing of search fields, so the two steps stay apart).
        event.preventDefault();
        if (isOpen()) {
          show(null);
        } else if (input.value) {
          input.value = '';
          clearResults();
        }
      }
    }

    const typed = debounce(update, DEBOUNCE_MS);
    // Through the debounce: when the loader ran this script the reader may still be typing.
    const onFocus = () => {
      preload(root);
      if (input.value.trim() && !isOpen()) typed();
    };
    input.addEventListener('focus', onFocus);
    input.addEventListener('input', () => {
      latest++; // whatever is in flight is stale from this keystroke on
      typed();
    });
    input.addEventListener('keydown', onKeydown);
    // Enter with nothing to open (no results yet): the search page lists everything.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (input.value.trim()) window.location.href = searchPageHref(root, input.value);
    });
    document.addEventListener('pointerdown', (event) => {
      if (isOpen() && !form.contains(event.target)) show(null);
    });
    form.addEventListener('focusout', (event) => {
      if (event.relatedTarget && !form.contains(event.relatedTarget)) show(null);
    });
    // The loader ran this script because the box was focused: it may hold what was typed meanwhile.
    if (document.activeElement === input) onFocus();
  }

  /* ---------------------------------------------------------------- Search page */

  function renderPageResults(container, root, results) {
    container.textContent = '';
    if (!results.total) {
      const empty = element('div', 'search-empty');
      empty.appendChild(emptyHelp(root, results.error));
      container.appendChild(empty);
      return;
    }
    const pages = element('ol', 'search-page-list');
    for (const group of results.groups) {
      const page = element('li', 'search-page-group');
      const title = element('h2', 'search-page-title');
      title.appendChild(resultLink(root, group.url, group.pageTitle, group.sections.length ? [] : results.terms));
      if (!group.sections.length) {
        page.append(title, element('p', 'search-page-snippet', matchesText(group.matches)));
        pages.appendChild(page);
        continue;
      }
      const sections = element('ul', 'search-page-sections');
      for (const section of group.sections) {
        const item = element('li', 'search-page-section');
        const heading = resultLink(root, section.url, '', section.terms);
        appendMarked(heading, section.heading, core.highlightRanges(section.heading, section.terms));
        item.append(heading, snippetElement('p', 'search-page-snippet', section.excerpt, section.terms, PAGE_SNIPPET));
        sections.appendChild(item);
      }
      page.append(title, sections);
      pages.appendChild(page);
    }
    container.appendChild(pages);
  }

  function resultLink(root, url, text, terms) {
    const link = element('a', '', text);
    link.href = siteHref(root, url);
    if (terms.length) link.addEventListener('click', () => rememberHighlight(url, terms));
    return link;
  }

  // The page's live summary line: #search-page-status, or one made before the results.
  function pageStatus(container) {
    let status = document.getElementById('search-page-status');
    if (!status) {
      status = element('p', 'search-page-status');
      status.id = 'search-page-status';
      status.setAttribute('aria-live', 'polite');
      container.before(status);
    }
    return status;
  }

  function setupSearchPage() {
    const page = document.getElementById('search-page');
    const input = document.getElementById('search-page-input');
    const container = document.getElementById('search-page-results');
    if (!page || !input || !container) return;
    const root = page.getAttribute('data-search-root') || '';
    const status = pageStatus(container);
    let latest = 0;

    function update() {
      const query = input.value;
      const request = ++latest;
      if (!query.trim()) {
        container.textContent = '';
        status.textContent = '';
        return;
      }
      const isCurrent = () => request === latest;
      getEngine(root).search.search(query, { limit: Infinity, excerptPages: PAGE_FULL_PAGES, isCurrent: isCurrent }).then((results) => {
        if (!isCurrent() || results.stale) return;
        status.textContent = '';
        status.appendChild(summaryElement('span', '', results, query));
        renderPageResults(container, root, results);
      });
    }

    // The address keeps the query, so the page can be bookmarked or shared (not from disk, where
    // replaceState with a query string is refused in some browsers).
    function remember() {
      if (isFile) return;
      const url = new URL(window.location.href);
      if (input.value.trim()) url.searchParams.set('q', input.value);
      else url.searchParams.delete('q');
      window.history.replaceState(null, '', url);
    }

    input.value = new URLSearchParams(window.location.search).get('q') || '';
    input.addEventListener('focus', () => preload(root));
    input.addEventListener('input', debounce(() => { remember(); update(); }, DEBOUNCE_MS));
    if (input.value.trim()) update();
  }

  /* ---------------------------------------------------------------- Marking the searched words on arrival */

  const HEADING = /^H([1-6])$/;

  function decodeSafe(text) {
    try {
      return decodeURIComponent(text);
    } catch (e) {
      return text;
    }
  }

  // Whether this page is the one the stored result pointed at (its url relative to the site root).
  function isStoredPage(page) {
    return decodeSafe(window.location.pathname).replace(/index\.html$/, '').endsWith('/' + decodeSafe(page));
  }

  // The next heading after `start` of level `level` or higher (h1 is highest), or null.
  function nextHeading(scope, start, level) {
    for (const heading of scope.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const following = start.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING;
      if (following && Number(heading.tagName[1]) <= level) return heading;
    }
    return null;
  }

  // The section a result points at: a heading and what follows up to the next heading of the same or a
  // higher level, or the element itself (a question block, a comparison row). Without an anchor: the top
  // of the page up to its first h2.
  function sectionRange(id) {
    const scope = document.getElementById('main') || document.body;
    const start = id ? document.getElementById(id) : scope.querySelector('h1');
    if (!start) return null;
    const range = document.createRange();
    const level = HEADING.exec(start.tagName);
    if (!level) {
      range.selectNodeContents(start);
      return range;
    }
    const end = nextHeading(scope, start, id ? Number(level[1]) : 2);
    range.setStartBefore(start);
    if (end) range.setEndBefore(end);
    else range.setEnd(scope, scope.childNodes.length);
    return range;
  }

  function markRange(range, terms) {
    const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (range.intersectsNode(node) && !node.parentElement.closest('script, style, mark, .heading-anchor')) nodes.push(node);
    }
    for (const node of nodes) {
      const ranges = core.highlightRanges(node.nodeValue, terms);
      if (ranges.length) node.replaceWith(appendMarked(document.createDocumentFragment(), node.nodeValue, ranges, 'search-hit'));
    }
  }

  function markStoredHighlight() {
    let stored;
    try {
      stored = JSON.parse(window.sessionStorage.getItem(HIGHLIGHT_KEY) || 'null');
      window.sessionStorage.removeItem(HIGHLIGHT_KEY);
    } catch (e) {
      return;
    }
    if (!stored || !Array.isArray(stored.terms) || typeof stored.page !== 'string' || typeof stored.hash !== 'string') return;
    const hash = decodeSafe(window.location.hash.slice(1));
    if (!isStoredPage(stored.page) || hash !== decodeSafe(stored.hash)) return;
    const range = sectionRange(hash);
    if (range) markRange(range, stored.terms.filter((term) => typeof term === 'string'));
  }

  markStoredHighlight();
  setupHeaderSearch();
  setupSearchPage();
})();

// Marks the section being read in "On this page" (aria-current="location"): the last heading listed there
// whose top has passed a line just under the sticky header. IntersectionObserver says when to look again.
(function () {
  'use strict';
  var toc = document.querySelector('.page-toc');
  if (!toc || !('IntersectionObserver' in window)) return;

  var linkById = {};
  var headings = [];
  Array.prototype.forEach.call(toc.querySelectorAll('li > a[href^="#"]'), function (link) {
    var id = decodeURIComponent(link.getAttribute('href').slice(1));
    var heading = document.getElementById(id);
    if (!heading) return;
    linkById[id] = link;
    headings.push(heading);
  });
  if (headings.length === 0) return;

  var current = null;

  function readingLine() {
    var header = document.querySelector('.site-header');
    return (header ? header.getBoundingClientRect().bottom : 0) + Math.min(120, window.innerHeight * 0.2);
  }

  function update() {
    var line = readingLine();
    var found = null;
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].getBoundingClientRect().top <= line) found = headings[i];
      else break;
    }
    var link = found ? linkById[found.id] : null;
    if (link === current) return;
    if (current) current.removeAttribute('aria-current');
    if (link) link.setAttribute('aria-current', 'location');
    current = link;
    // Keep the marked entry visible when the contents scroll on their own (sticky on wide screens).
    if (link && toc.scrollHeight > toc.clientHeight) {
      var top = link.offsetTop - toc.offsetTop;
      if (top < toc.scrollTop || top > toc.scrollTop + toc.clientHeight - link.offsetHeight) {
        toc.scrollTop = Math.max(0, top - toc.clientHeight / 2);
      }
    }
  }

  // A thin band at the reading line reports every heading that scrolls across it; the whole viewport reports
  // jumps (a link to #section) that carry headings past the band between two frames.
  var line = Math.round(readingLine());
  var band = new IntersectionObserver(update, { rootMargin: '-' + line + 'px 0px -' + Math.max(0, window.innerHeight - line - 1) + 'px 0px' });
  var viewport = new IntersectionObserver(update);
  headings.forEach(function (heading) { band.observe(heading); viewport.observe(heading); });
  update();
})();

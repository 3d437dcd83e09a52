// Runs Lighthouse over several pages of one site with one Chrome, one page at a time, and prints one JSON
// line per page: its category scores and the audits that did not pass. Used by the browser suite (checks:
// accessibility, best practices, SEO) and by `./build.sh bench lighthouse` (mobile performance).
//
//   node lighthouse-pages.mjs checks|performance BASE_URL PATH...   pages of a site served elsewhere
//   node lighthouse-pages.mjs checks|performance --site DIR          one page of each kind of a built site
//                                                                     (by <body class="page-KIND">), served here
//
// Chrome is CHROME_PATH (Debian's Chromium in this project), started with the project's flags.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const [mode, target, ...rest] = process.argv.slice(2);
if (!['checks', 'performance'].includes(mode) || !target || (target !== '--site' && rest.length === 0) || (target === '--site' && rest.length !== 1)) {
  console.error('usage: node lighthouse-pages.mjs checks|performance BASE_URL PATH...\n       node lighthouse-pages.mjs checks|performance --site DIR');
  process.exit(2);
}

const contentTypes = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8' };

// Serves a built site as a static host does: index.html for a folder, 404.html (status 404) for anything missing,
// gzip when the browser asks for it (as GitHub Pages and every common host do).
function serve(root) {
  const server = http.createServer((request, response) => {
    const url = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    let file = path.join(root, path.normalize(url).replace(/^([/\\])+/, ''));
    if (!file.startsWith(root)) file = root;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const found = fs.existsSync(file) && fs.statSync(file).isFile();
    const body = fs.readFileSync(found ? file : path.join(root, '404.html'));
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(found ? 200 : 404, {
      'content-type': contentTypes[path.extname(found ? file : '.html')] ?? 'application/octet-stream',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzip ? zlib.gzipSync(body) : body);
  });
  return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// The first page (in path order) of each kind, by the class the layout puts on <body>; the not-found page by its file.
function pageOfEachKind(root) {
  const byKind = new Map();
  const walk = folder => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const kind = /<body class="page-([a-z-]+)/.exec(fs.readFileSync(full, 'utf8'))?.[1];
        const relative = path.relative(root, full).split(path.sep).join('/');
        if (kind && !byKind.has(kind)) byKind.set(kind, relative === 'index.html' ? '' : relative.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(root);
  return [...byKind.values()];
}

let server = null;
let baseUrl = target;
let paths = rest;
if (target === '--site') {
  const root = path.resolve(rest[0]);
  server = await serve(root);
  baseUrl = `http://127.0.0.1:${server.address().port}/`;
  paths = pageOfEachKind(root);
}

const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// Checks do not measure speed, so they need not wait as long as a performance run for the page to settle.
const settings = mode === 'checks'
  ? { onlyCategories: ['accessibility', 'best-practices', 'seo'], disableFullPageScreenshot: true,
      pauseAfterFcpMs: 250, pauseAfterLoadMs: 250, networkQuietThresholdMs: 250, cpuQuietThresholdMs: 250 }
  : { onlyCategories: ['performance'], disableFullPageScreenshot: true };

const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH, chromeFlags });
try {
  // The first audit in a fresh Chrome pays for its start-up (blocking time of hundreds of ms): warm it up first.
  if (mode === 'performance') await lighthouse(baseUrl + paths[0], { port: chrome.port, logLevel: 'error' }, { extends: 'lighthouse:default', settings });
  for (const path of paths) {
    const result = await lighthouse(baseUrl + path, { port: chrome.port, logLevel: 'error', output: 'json' },
      { extends: 'lighthouse:default', settings });
    const lhr = result.lhr;
    const failing = Object.values(lhr.audits)
      .filter(audit => audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)
        && (mode === 'performance' || Object.values(lhr.categories).some(c => c.auditRefs.some(r => r.id === audit.id && r.weight > 0))))
      .map(audit => ({ id: audit.id, title: audit.title, score: audit.score, displayValue: audit.displayValue ?? null }));
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, category.score]));
    const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
      .map(id => [id, lhr.audits[id]?.displayValue ?? null]));
    const loadAverage = os.loadavg().map(load => load.toFixed(2)).join(' ');
    if (mode === 'checks') {
      console.log(JSON.stringify({ path, scores, failing, runtimeError: lhr.runtimeError?.message ?? null }));
    } else {
      // One readable line per page for docs/performance.md; the audits that lost points follow it.
      console.log(`/${path}  performance ${Math.round(scores.performance * 100)}  ` +
        Object.entries(metrics).map(([id, value]) => `${id.split('-').map(w => w[0].toUpperCase()).join('')} ${value}`).join('  ') +
        `  (load average ${loadAverage})` + (lhr.runtimeError ? `  error: ${lhr.runtimeError.message}` : ''));
      for (const audit of failing.filter(a => a.score < 0.9)) console.log(`    ${audit.id}: ${audit.displayValue ?? audit.score}`);
    }
  }
} finally {
  await chrome.kill();
  server?.close();
}

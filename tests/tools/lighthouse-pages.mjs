// Runs Lighthouse over several pages of one site with one Chrome, one page at a time, and prints one JSON
// line per page: its category scores and the audits that did not pass. Used by the browser suite (checks:
// accessibility, best practices, SEO) and by `./build.sh bench lighthouse` (mobile performance).
//
//   node lighthouse-pages.mjs checks|performance BASE_URL PATH...
//
// Chrome is CHROME_PATH (Debian's Chromium in this project), started with the project's flags.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const [mode, baseUrl, ...paths] = process.argv.slice(2);
if (!['checks', 'performance'].includes(mode) || !baseUrl || paths.length === 0) {
  console.error('usage: node lighthouse-pages.mjs checks|performance BASE_URL PATH...');
  process.exit(2);
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
  for (const path of paths) {
    const result = await lighthouse(baseUrl + path, { port: chrome.port, logLevel: 'error', output: 'json' },
      { extends: 'lighthouse:default', settings });
    const lhr = result.lhr;
    const failing = Object.values(lhr.audits)
      .filter(audit => audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)
        && (mode === 'performance' || Object.values(lhr.categories).some(c => c.auditRefs.some(r => r.id === audit.id && r.weight > 0))))
      .map(audit => ({ id: audit.id, title: audit.title, score: audit.score, displayValue: audit.displayValue ?? null }));
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, category.score]));
    const metrics = mode === 'performance'
      ? Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
        .map(id => [id, lhr.audits[id]?.displayValue ?? null]))
      : undefined;
    console.log(JSON.stringify({ path, scores, failing, metrics, runtimeError: lhr.runtimeError?.message ?? null }));
  }
} finally {
  await chrome.kill();
}

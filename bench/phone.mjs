// The phone benchmark (`PROFILE=phone npm run bench`): the default dataset on a 360×640 touch
// screen under Lighthouse's mobile throttling (150 ms round trip, 1,638 kbps down, 750 kbps
// up, 4× CPU slowdown), every file served brotli-compressed as a static host would, each load
// cold (a fresh browser context). Beside the dashboard (`/` and `?embed=1`) runs the page a
// skilled engineer would write by hand (bench/peers/phone.html: Leaflet + supercluster drawing
// the same bundled basemap with L.geoJSON). Prints the median of RUNS loads of each, with the
// ratios to that page, and writes target/bench-phone/results.json. Figures, not pass/fail.
//   PROFILE=phone [RUNS=3] npm run bench
//   PROFILE=phone BUILDS=before=/tmp/dist-before npm run bench   (adds other builds' `/`, for A/B)
import { cpSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
import { FLAGS, makeSite, median, printTable } from './site.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const SITE = 'target/bench-phone';
const KBPS = 1024 / 8;
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1638.4 * KBPS, uploadThroughput: 750 * KBPS };
const CPU = 4;
const PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

makeSite(SITE);
// Other builds of dist/, each served beside the app, for an A/B in the same run.
const BUILDS = (process.env.BUILDS ?? '').split(',').filter(Boolean).map((b) => b.split('='));
for (const [name, dir] of BUILDS) cpSync(dir, `${SITE}/builds/${name}`, { recursive: true });
const server = await startServer({ dir: SITE, port: 0, base: '/', csp: null, brotli: true });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });

const PAGES = {
  'hand-written page': `${origin}/peers/phone.html?data=../app/data/dataset.json&basemap=../app/basemap/caucasus.geojson`,
  'dashboard /': `${origin}/app/`,
  'dashboard ?embed=1': `${origin}/app/?embed=1`,
  ...Object.fromEntries(BUILDS.map(([name]) => [`${name} /`, `${origin}/builds/${name}/`])),
};

// Installed before any page script: the first frame painted after `data-marker-count` turns
// positive, the long tasks and the largest contentful paint.
const INSTRUMENTS = () => {
  window.__tasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  window.__lcp = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; })
    .observe({ type: 'largest-contentful-paint', buffered: true });
  new MutationObserver((records, observer) => {
    if (records.some((r) => Number(r.target.getAttribute('data-marker-count')) > 0)) {
      observer.disconnect();
      window.__markers = performance.now();
      requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }, 0));
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-marker-count'] });
};

async function load(url) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENTS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__painted, null, { timeout: 120000, polling: 100 });
  // LCP candidates keep coming until the page settles; no input is given, so none is cut short.
  await page.waitForTimeout(2000);
  const figures = await page.evaluate(() => {
    const first = window.__painted;
    const done = (e) => e.responseEnd > 0 && e.responseEnd <= first;
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    return {
      first,
      bytes: entries.filter(done).reduce((n, e) => n + e.transferSize, 0),
      files: entries.filter(done).map((e) => e.name.replace(location.origin, '')),
      tbt: window.__tasks.filter(([start]) => start < first).reduce((n, [, d]) => n + Math.max(0, d - 50), 0),
      lcp: window.__lcp,
    };
  });
  await context.close();
  if (errors.length) figures.errors = errors;
  return figures;
}

// One unmeasured load of each page first: the server compresses each file on its first request
// (at brotli's highest level, slow for the wasm), and a static host would have done it before.
for (const url of Object.values(PAGES)) await load(url);

const results = { date: new Date().toISOString(), runs: RUNS, network: NETWORK, cpu: CPU, pages: {} };
const runs = Object.fromEntries(Object.keys(PAGES).map((k) => [k, []]));
// Alternating pages, so the machine's noise falls on all of them alike.
for (let run = 0; run < RUNS; run++) for (const [name, url] of Object.entries(PAGES)) runs[name].push(await load(url));
for (const [name, r] of Object.entries(runs)) {
  results.pages[name] = Object.fromEntries(['first', 'bytes', 'tbt', 'lcp'].map((k) => [k, median(r.map((x) => x[k]))]));
  results.pages[name].files = r[0].files;
  const errors = r.flatMap((x) => x.errors ?? []);
  if (errors.length) results.pages[name].errors = errors;
  console.error(`${name}: ${JSON.stringify(results.pages[name])}`);
}
await browser.close();
server.close();
writeFileSync(`${SITE}/results.json`, JSON.stringify(results, null, 2));

const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const kb = (x) => `${Math.round(x / 1000)} KB`;
const peer = results.pages['hand-written page'];
const cell = (name, k, fmt) => {
  const v = results.pages[name][k];
  return name === 'hand-written page' ? fmt(v) : `${fmt(v)} (${(v / peer[k]).toFixed(2)}×)`;
};
const rows = [['360×640, 4G, 4× CPU', ...Object.keys(PAGES)]];
for (const [label, k, fmt] of [['navigation → first markers painted', 'first', ms], ['bytes transferred before first markers', 'bytes', kb],
  ['total blocking time until then', 'tbt', ms], ['largest contentful paint', 'lcp', ms]])
  rows.push([label, ...Object.keys(PAGES).map((name) => cell(name, k, fmt))]);
printTable(rows);
console.log(`\n(median of ${RUNS} cold loads each; JSON in ${SITE}/results.json)`);

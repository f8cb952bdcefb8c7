// The browser benchmark: the dashboard and three hand-written peer pages on the same points,
// in the same run, in Debian's headless chromium (1280×800). Prints a table with the ratios
// to the peers and writes target/bench-site/results.json. Figures, not pass/fail.
//   npm run bench            (after scripts/setup.sh and `trunk build --release`)
//   RUNS=3 SIZES=10k,50k npm run bench
//   PROFILE=phone npm run bench    (a phone over 4G instead: bench/phone.mjs)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
import { makeDataset } from './make-datasets.mjs';
import { FLAGS, makeSite, median, printTable } from './site.mjs';

if (process.env.PROFILE === 'phone') {
  await import('./phone.mjs');
  process.exit(0);
}

const RUNS = Number(process.env.RUNS ?? 3);
const SIZES = (process.env.SIZES ?? '10k,50k').split(',').filter(Boolean);
const SITE = 'target/bench-site';

// --- the site: dist/ as app/, the peers with their npm packages, the generated datasets ---
makeSite(SITE);
for (const size of SIZES) {
  const points = JSON.parse(readFileSync(`../shared/data/bench/linz-addresses-${size}.json`, 'utf8'));
  writeFileSync(`${SITE}/data/linz-${size}.json`, JSON.stringify(makeDataset(points, `Benchmark: ${points.length} LINZ points`)));
}

// --- in-page instruments, installed before any page script ---
const INSTRUMENTS = () => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
  window.__afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  new MutationObserver((records) => {
    if (window.__firstMarkers) return;
    for (const r of records) {
      const n = Number(r.target.getAttribute('data-marker-count'));
      if (n > 0) {
        window.__firstMarkers = performance.now();
        window.__afterPaint().then(() => { window.__firstPaint = performance.now(); });
        return;
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-marker-count'] });
  // The Leaflet map, wherever it is made, so pans and zooms can be timed the same way.
  let leaflet;
  Object.defineProperty(window, 'L', {
    configurable: true,
    get: () => leaflet,
    set(value) {
      leaflet = value;
      value?.Map?.addInitHook?.(function () { window.__map = this; });
    },
  });
  // The wasm memory, to add to the JS heap.
  window.__memories = [];
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const exports = (result.instance ?? result).exports ?? {};
      for (const v of Object.values(exports)) if (v instanceof WebAssembly.Memory) window.__memories.push(v);
      return result;
    };
  }
};

/** Time from an action to the next paint after data-marker-count changed. */
const timeChange = (action) => `(async () => {
  const map = document.querySelector('[data-marker-count]');
  const before = map.getAttribute('data-marker-count');
  const changed = new Promise((resolve) => {
    const mo = new MutationObserver(() => { if (map.getAttribute('data-marker-count') !== before) { mo.disconnect(); resolve(); } });
    mo.observe(map, { attributes: true });
    setTimeout(resolve, 5000);
  });
  const t0 = performance.now();
  ${action};
  await changed;
  await window.__afterPaint();
  return performance.now() - t0;
})()`;

/** Time from a map move (moveend) to the next paint. */
const timeMove = (move) => `(async () => {
  const map = window.__map;
  await window.__afterPaint();
  const t0 = performance.now();
  let moved = 0;
  map.once('moveend', () => { moved = performance.now(); });
  ${move};
  await window.__afterPaint();
  return performance.now() - (moved || t0);
})()`;

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

// The peer pages are hand-written with inline scripts: served without the dashboard's CSP.
const server = await startServer({ dir: SITE, port: 0, base: '/', csp: null });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });

async function open(url, { throttle = 1 } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(INSTRUMENTS);
  const cdp = await page.context().newCDPSession(page);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('crash', () => console.error(`page crashed: ${url}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`console error in ${url}: ${m.text().slice(0, 300)}`));
  await page.goto(url);
  await page.waitForFunction(() => window.__firstPaint, null, { timeout: 180000, polling: 100 });
  await page.waitForTimeout(300);
  const load = await page.evaluate(() => ({ first: window.__firstPaint, longest: window.__longest }));
  return { page, cdp, load, errors };
}

async function memory(cdp, page) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__memories.reduce((n, m) => n + m.buffer.byteLength, 0));
  return { js: usedSize, wasm, total: usedSize + wasm };
}

const ONLY = process.env.PAGES?.split(',');
const ALL_PAGES = {
  dashboard: (data) => `${origin}/app/?data=${encodeURIComponent(`../data/${data}`)}`,
  canvas: (data) => `${origin}/peers/canvas.html?data=../data/${data}`,
  markercluster: (data) => `${origin}/peers/markercluster.html?data=../data/${data}`,
  supercluster: (data) => `${origin}/peers/supercluster.html?data=../data/${data}`,
};
const PAGES = Object.fromEntries(Object.entries(ALL_PAGES).filter(([k]) => !ONLY || ONLY.includes(k)));
const TICK = `document.querySelector('[data-facet=category][data-key=bank]').click()`;

const results = { date: new Date().toISOString(), runs: RUNS, sizes: {}, default: {}, size: {} };
for (const size of SIZES) {
  results.sizes[size] = {};
  for (const [name, url] of Object.entries(PAGES)) {
    const r = { first: [], longest: [], tick: [], untick: [], pan: [], zoom: [] };
    for (let run = 0; run < RUNS; run++) {
      const { page, cdp, load, errors } = await open(url(`linz-${size}.json`));
      r.first.push(load.first);
      r.longest.push(load.longest);
      for (let i = 0; i < 3; i++) {
        r.tick.push(await page.evaluate(timeChange(TICK)));
        r.untick.push(await page.evaluate(timeChange(TICK)));
      }
      if (run === 0) {
        // Measured once the page is idle: the dashboard's deferred parts (list, search index,
        // sort names) are made after its first markers.
        if (name === 'dashboard') await page.getByTestId('list-count').waitFor({ timeout: 60000 });
        await page.waitForTimeout(1000);
        r.memory = await memory(cdp, page);
        if (name === 'dashboard') {
          // Memory must not grow over 50 filter cycles (tick and untick).
          for (let i = 0; i < 100; i++) await page.evaluate(timeChange(TICK));
          r.memoryAfter50 = await memory(cdp, page);
          // Play the timeline and record every frame interval for 5 s.
          if (await page.getByTestId('play').count()) {
            await page.evaluate(TICK.replace('click()', 'checked && document.querySelector("[data-facet=category][data-key=bank]").click()'));
            r.playP95 = await page.evaluate(async () => {
              const frames = [];
              let last = performance.now();
              let stop = false;
              const loop = (t) => { frames.push(t - last); last = t; if (!stop) requestAnimationFrame(loop); };
              document.querySelector('[data-testid=play]').click();
              requestAnimationFrame(loop);
              await new Promise((r) => setTimeout(r, 5000));
              stop = true;
              document.querySelector('[data-testid=play]').click();
              frames.sort((a, b) => a - b);
              return { p95: frames[Math.floor(0.95 * frames.length)], max: frames.at(-1), frames: frames.length };
            });
          }
        }
      }
      for (let i = 0; i < 4; i++) {
        r.pan.push(await page.evaluate(timeMove(`map.panBy([${i % 2 ? -300 : 300}, ${i % 2 ? -120 : 120}], { animate: false })`)));
        r.zoom.push(await page.evaluate(timeMove(`map.setZoom(map.getZoom() + ${i % 2 ? -1 : 1}, { animate: false })`)));
      }
      if (errors.length) r.errors = errors;
      await page.close();
    }
    const summary = Object.fromEntries(['first', 'longest', 'tick', 'untick', 'pan', 'zoom'].map((k) => [k, median(r[k])]));
    results.sizes[size][name] = { ...summary, memory: r.memory, memoryAfter50: r.memoryAfter50, play: r.playP95, errors: r.errors };
    console.error(`${size} ${name}: ${JSON.stringify(results.sizes[size][name])}`);
  }
}

// The default dataset, at full speed and under 4× CPU throttling (a mid-range phone).
{
  const d = { first: [], firstSlow: [], tick: [], untick: [] };
  for (let run = 0; run < RUNS; run++) {
    const { page, load } = await open(`${origin}/app/`);
    d.first.push(load.first);
    for (let i = 0; i < 3; i++) {
      d.tick.push(await page.evaluate(timeChange(TICK)));
      d.untick.push(await page.evaluate(timeChange(TICK)));
    }
    await page.close();
    const slow = await open(`${origin}/app/`, { throttle: 4 });
    d.firstSlow.push(slow.load.first);
    await slow.page.close();
  }
  results.default = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, median(v)]));
}

// What a reader downloads, brotli.
{
  const html = readFileSync('dist/index.html', 'utf8');
  const br = (f) => brotliCompressSync(readFileSync(join('dist', f))).length;
  const wasm = html.match(/[\w-]+_bg\.wasm/)?.[0];
  const firstView = [...html.matchAll(/(?:href|src)="?(?:\.\/)?([^"\s>]+\.(?:js|css|wasm))/g)].map((m) => m[1]);
  const files = new Set([...firstView, wasm, 'index.html', 'data/dataset.json', 'basemap/caucasus.geojson'].filter(Boolean));
  results.size = { wasm: wasm ? br(wasm) : NaN, firstView: [...files].reduce((n, f) => n + br(f), 0), files: [...files] };
}

await browser.close();
server.close();
writeFileSync(`${SITE}/results.json`, JSON.stringify(results, null, 2));

// --- the table ---
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x).toLocaleString('en')} ms` : 'n/a');
const mb = (m) => (m ? `${(m.total / 1e6).toFixed(0)} MB` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '');
const rows = [['measure', 'dashboard', 'canvas', 'markercluster', 'supercluster', 'vs supercluster']];
for (const size of SIZES) {
  const s = results.sizes[size];
  const get = (p, f) => (s[p] ? f(s[p]) : undefined);
  const line = (label, f, fmt = ms) => rows.push([`${size} ${label}`, ...['dashboard', 'canvas', 'markercluster', 'supercluster'].map((p) => fmt(get(p, f))),
    fmt === ms ? ratio(get('dashboard', f), get('supercluster', f)) : '']);
  line('first markers', (x) => x.first);
  line('longest task while loading', (x) => x.longest);
  line('tick a category → painted', (x) => x.tick);
  line('untick (show all) → painted', (x) => x.untick);
  line('pan: moveend → painted', (x) => x.pan);
  line('zoom: moveend → painted', (x) => x.zoom);
  line('memory (JS heap + wasm)', (x) => x.memory, mb);
  line('memory after 50 filter cycles', (x) => x.memoryAfter50, mb);
  rows.push([`${size} dashboard play: p95 frame`, s.dashboard?.play ? `${s.dashboard.play.p95.toFixed(1)} ms` : 'n/a', '', '', '', '']);
  if (s.dashboard?.memory && s.supercluster?.memory)
    rows.at(-3)[5] = ratio(s.dashboard.memory.total, s.supercluster.memory.total);
}
const dd = results.default;
rows.push(['default first markers', ms(dd.first), '', '', '', ''], ['default first markers, 4× CPU throttle', ms(dd.firstSlow), '', '', '', ''],
  ['default tick → painted', ms(dd.tick), '', '', '', ''], ['default untick → painted', ms(dd.untick), '', '', '', ''],
  ['app wasm (brotli)', `${(results.size.wasm / 1000).toFixed(0)} KB`, '', '', '', ''],
  ['first view download (brotli)', `${(results.size.firstView / 1000).toFixed(0)} KB`, '', '', '', '']);
printTable(rows);
console.log(`\n(median of ${RUNS} runs; JSON in ${SITE}/results.json)`);

// A/B of two builds on one machine in one run: navigation → first frame after
// `data-marker-count` appears, and the longest task until the list is built (+300 ms), alternating page loads
// between the builds so noise falls on both alike.
//
//   DIRS=/tmp/before,/tmp/after DS=linz-10k RUNS=5 [THROTTLE=4] [MEM=1] node bench/ab.mjs
//
// MEM=1 adds the memory once loaded: the JS heap after a forced GC plus the wasm linear memory.
// TICK=1 adds the time from ticking (then unticking) the bank category to the next paint after
// `data-marker-count` changes, three of each per load.
//
// Each dir is a built dist/ (the bench datasets, if used, copied into its bench/ folder:
// `node bench/make-datasets.mjs <dir>/bench`). Without DS, the default dataset is loaded.
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
const dirs = (process.env.DIRS ?? '').split(',').filter(Boolean);
if (dirs.length === 0) {
  console.error('DIRS=<dist>,<dist> node bench/ab.mjs (see the comment at the top)');
  process.exit(2);
}
const servers = await Promise.all(dirs.map((dir) => startServer({ dir, port: 0, base: '/', csp: null })));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const res = dirs.map(() => []);
for (let r = 0; r < Number(process.env.RUNS || 5); r++) for (let k = 0; k < dirs.length; k++) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  if (process.env.THROTTLE) { const cdp = await page.context().newCDPSession(page); await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.THROTTLE) }); }
  const cdp = process.env.MEM ? await page.context().newCDPSession(page) : null;
  await page.addInitScript(() => { window.__memories = []; const original = WebAssembly.instantiateStreaming; if (original) WebAssembly.instantiateStreaming = async (...a) => { const r = await original(...a); for (const v of Object.values(r.instance.exports)) if (v instanceof WebAssembly.Memory) window.__memories.push(v); return r; }; });
  await page.addInitScript(() => { window.__tasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => { const m = document.querySelector('[data-marker-count]'); if (m && !window.__mk) { window.__mk = performance.now(); requestAnimationFrame(() => setTimeout(() => window.__painted = performance.now())); } }).observe(document, { subtree: true, attributes: true, childList: true }); });
  await page.goto(`http://127.0.0.1:${servers[k].address().port}/${process.env.DS ? `?data=bench/${process.env.DS}.json` : ''}`);
  await page.waitForFunction(() => window.__painted && document.querySelector('[data-testid=list-count]'), null, { timeout: 120000 });
  await page.waitForTimeout(300);
  const v = await page.evaluate(() => ({ painted: Math.round(window.__painted), longest: Math.round(Math.max(0, ...window.__tasks)) }));
  if (process.env.TICK) {
    v.tick = [];
    for (let i = 0; i < 6; i++) v.tick.push(await page.evaluate(() => new Promise((resolve) => {
      const map = document.querySelector('[data-marker-count]');
      const before = map.getAttribute('data-marker-count');
      const t0 = performance.now();
      const mo = new MutationObserver(() => { if (map.getAttribute('data-marker-count') !== before) { mo.disconnect(); requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0))); } });
      mo.observe(map, { attributes: true });
      document.querySelector('[data-facet=category][data-key=bank]').click();
    })));
  }
  if (cdp) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__memories.reduce((n, m) => n + m.buffer.byteLength, 0));
    v.mb = Math.round((usedSize + wasm) / 1e5) / 10;
    v.wasm = Math.round(wasm / 1e5) / 10;
  }
  res[k].push(v); await page.close();
}
const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
dirs.forEach((d, k) => console.log(d, 'painted', res[k].map((v) => v.painted).join(' '), 'median', med(res[k].map((v) => v.painted)), '| longest', med(res[k].map((v) => v.longest)), ...(process.env.TICK ? ['| tick', Math.round(med(res[k].flatMap((v) => v.tick.filter((_, i) => i % 2 === 0)))), 'untick', Math.round(med(res[k].flatMap((v) => v.tick.filter((_, i) => i % 2 === 1))))] : []), ...(process.env.MEM ? ['| MB', med(res[k].map((v) => v.mb)), 'of which wasm', med(res[k].map((v) => v.wasm))] : [])));
await browser.close(); servers.forEach((s) => s.close());

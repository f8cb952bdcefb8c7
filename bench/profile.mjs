// Where the time goes: a CPU profile (Chrome DevTools protocol) of the dashboard, with self
// time summed by where the code lives (the app's wasm, Leaflet, the app's JS glue, the
// browser's own work). Run after `npm run bench` has built target/bench-site/.
//   node bench/profile.mjs
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';

const server = await startServer({ dir: 'target/bench-site', port: 0, base: '/', csp: null });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

function summarize(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const { url, functionName } = node.callFrame;
    const where = url.endsWith('.wasm') ? 'app wasm'
      : url.includes('leaflet') ? 'Leaflet'
      : url.includes('/app/') ? 'app JS glue (wasm-bindgen)'
      : functionName === '(garbage collector)' ? 'garbage collector'
      : functionName === '(idle)' ? 'idle'
      : functionName === '(program)' ? 'browser (parse, style, layout, paint)'
      : functionName ? `browser: ${functionName}` : 'other';
    self.set(where, (self.get(where) ?? 0) + (deltas[i] ?? 0) / 1000);
  }
  return [...self.entries()].filter(([k]) => k !== 'idle').sort((a, b) => b[1] - a[1]).slice(0, 8);
}

async function profile(url, action) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (!action) await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForSelector('[data-marker-count]', { timeout: 120000 });
  await page.waitForTimeout(300);
  if (action) {
    await cdp.send('Profiler.start');
    await page.evaluate(action);
    await page.waitForTimeout(300);
  }
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  return summarize(profile);
}

const runs = {
  '50k: load to first markers': [`${origin}/app/?data=${encodeURIComponent('../data/linz-50k.json')}`],
  'default dataset: untick a category (show all), twice': [`${origin}/app/?cat=bank`,
    `(async () => { for (let i = 0; i < 2; i++) { document.querySelector('[data-facet=category][data-key=bank]').click(); await new Promise((r) => setTimeout(r, 100)); document.querySelector('[data-facet=category][data-key=bank]').click(); await new Promise((r) => setTimeout(r, 100)); } })()`],
};
for (const [label, [url, action]] of Object.entries(runs)) {
  console.log(`\n${label} — self time by where the code lives:`);
  for (const [where, ms] of await profile(url, action)) console.log(`  ${where.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms`);
}
await browser.close();
server.close();

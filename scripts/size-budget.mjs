// Prints the compressed size of what a reader downloads and fails when it exceeds the budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

// Budgets in bytes, brotli-compressed (what static hosts serve to current browsers). They only
// go down: a change that needs more bytes finds them elsewhere in the same change, and says so
// in its note. Each is the size of the last change that lowered it plus a little room, because
// panic locations carry line numbers and even a comment moves the wasm by a few hundred bytes.
// `scripts/size-report.mjs` says where the wasm's bytes go; docs/performance.md has the
// history and what each lever saved.
// `total` is what a reader downloads on first load: the page, Leaflet, the default dataset
// and the basemap with the world's outline around the region and the labels (not the example
// datasets loaded only through ?data=, nor the rest of the world's outline, loaded only when a
// view leaves the region).
const BUDGET = { wasm: 311_510, js: 7_780, css: 5_380, total: 411_820, later: 2_380 };
// Fetched only when a reader asks for it ("Download image"), or only for a still picture
// (static=1): a budget of their own.
const LATER = ['snapshot.js', 'static.css'];
// Fetched by link-preview crawlers, by readers without JavaScript, or by the host page: never
// by the dashboard itself.
const NOT_LOADED = ['preview.png', 'data/dataset.csv', 'embed.js', ...LATER];
const FIRST_LOAD_DATA = ['data/dataset.json', 'basemap/caucasus.geojson', 'basemap/near.geojson', 'basemap/labels.json'];

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk('dist');
const kind = (f) => (LATER.some((n) => f.endsWith(n)) ? 'later' : f.endsWith('.wasm') ? 'wasm' : f.endsWith('.js') && !f.includes('vendor') ? 'js' : f.endsWith('.css') && !f.includes('vendor') ? 'css' : 'other');
const sums = { wasm: 0, js: 0, css: 0, total: 0, later: 0 };
for (const f of files) {
  const raw = readFileSync(f);
  const br = brotliCompressSync(raw).length;
  const k = kind(f);
  if (k !== 'other') sums[k] += br;
  const isData = f.endsWith('.json') || f.endsWith('.geojson');
  const loaded = !NOT_LOADED.some((n) => f.endsWith(n));
  if (loaded && !f.endsWith('.md') && !f.includes('LICENSE') && (!isData || FIRST_LOAD_DATA.some((d) => f.endsWith(d)))) sums.total += br;
  if (k !== 'other' || f.includes('leaflet.js') || f.endsWith('.json') || f.endsWith('.geojson'))
    console.log(`${f.padEnd(60)} ${String(raw.length).padStart(8)} B raw ${String(br).padStart(8)} B brotli ${String(gzipSync(raw, { level: 9 }).length).padStart(8)} B gzip`);
}
let over = false;
for (const [k, limit] of Object.entries(BUDGET)) {
  const ok = sums[k] <= limit;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${k}: ${sums[k]} B brotli (budget ${limit} B)`);
}
process.exit(over ? 1 : 0);

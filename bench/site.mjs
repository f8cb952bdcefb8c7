// The benchmark site, shared by bench/run.mjs and bench/phone.mjs: dist/ as app/, beside the
// hand-written peer pages with the npm packages they load.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Browser flags for every benchmark: headless Debian chromium that never calls home. */
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'];

/** Lays out `site`: app/ (a copy of dist/), peers/ and peers/vendor/. */
export function makeSite(site) {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(`${site}/data`, { recursive: true });
  cpSync('dist', `${site}/app`, { recursive: true });
  cpSync('bench/peers', `${site}/peers`, { recursive: true });
  const vendor = `${site}/peers/vendor`;
  mkdirSync(vendor, { recursive: true });
  for (const f of ['leaflet/dist/leaflet.js', 'leaflet/dist/leaflet.css', 'leaflet.markercluster/dist/leaflet.markercluster.js',
    'leaflet.markercluster/dist/MarkerCluster.css', 'leaflet.markercluster/dist/MarkerCluster.Default.css', 'supercluster/dist/supercluster.min.js'])
    cpSync(join('node_modules', f), join(vendor, f.split('/').at(-1)));
}

/** The median of the finite values, or NaN. */
export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

/** Prints rows (the first is the header) as a Markdown table. */
export function printTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const [i, r] of rows.entries()) {
    console.log(`| ${r.map((c, j) => String(c).padEnd(widths[j])).join(' | ')} |`);
    if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  }
}

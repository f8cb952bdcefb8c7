// Copies Leaflet from its npm package into public/vendor/leaflet/, with its licence and a note
// of the version, so the dashboard never loads Leaflet from a CDN.
// Run: npm run vendor   (after npm ci)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const from = 'node_modules/leaflet';
const to = 'public/vendor/leaflet';
const { version } = JSON.parse(readFileSync(`${from}/package.json`, 'utf8'));
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
for (const file of ['leaflet.js', 'leaflet.css']) cpSync(`${from}/dist/${file}`, `${to}/${file}`);
cpSync(`${from}/dist/images`, `${to}/images`, { recursive: true });
cpSync(`${from}/LICENSE`, `${to}/LICENSE`);
writeFileSync(
  `${to}/VERSION.md`,
  `Leaflet ${version}, copied from the npm package \`leaflet@${version}\` (dist/) by scripts/vendor-leaflet.mjs.\n` +
    'Licence: BSD-2-Clause, see LICENSE. Do not edit these files by hand: bump the version in package.json and re-run `npm run vendor`.\n',
);
console.log(`vendored leaflet ${version} into ${to}`);

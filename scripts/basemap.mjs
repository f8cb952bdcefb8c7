// Builds the bundled offline basemap: country outlines from Natural Earth (via the world-atlas
// npm package, 1:10m), clipped to the South Caucasus, rounded to about 10 m.
// Run: npm run basemap   (after npm ci). Output: public/basemap/caucasus.geojson
import { readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { clipPolygon } from 'lineclip';

// [west, south, east, north]: the South Caucasus with room around the 2020 territories.
const BBOX = [40.0, 36.5, 52.0, 44.5];
const DIGITS = 4;

const topology = JSON.parse(readFileSync('node_modules/world-atlas/countries-10m.json', 'utf8'));
const { version } = JSON.parse(readFileSync('node_modules/world-atlas/package.json', 'utf8'));
const countries = feature(topology, topology.objects.countries);

const round = (ring) => {
  const out = [];
  for (const [x, y] of ring) {
    const p = [Number(x.toFixed(DIGITS)), Number(y.toFixed(DIGITS))];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length && (out[0][0] !== out.at(-1)[0] || out[0][1] !== out.at(-1)[1])) out.push(out[0]);
  return out;
};

const clipRing = (ring) => {
  const clipped = round(clipPolygon(ring, BBOX));
  return clipped.length >= 4 ? clipped : null;
};

const features = [];
for (const f of countries.features) {
  if (!f.geometry) continue;
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const clipped = [];
  for (const [outer, ...holes] of polygons) {
    const kept = clipRing(outer);
    // A polygon whose outer ring lies outside the box goes, holes and all.
    if (kept) clipped.push([kept, ...holes.map(clipRing).filter(Boolean)]);
  }
  if (!clipped.length) continue;
  features.push({
    type: 'Feature',
    properties: { name: f.properties.name },
    geometry: { type: 'MultiPolygon', coordinates: clipped },
  });
}
features.sort((a, b) => a.properties.name.localeCompare(b.properties.name));

const out = {
  type: 'FeatureCollection',
  bbox: BBOX,
  source: `Natural Earth 1:10m admin-0 countries (public domain), via world-atlas@${version} (ISC); clipped to ${BBOX.join(',')} by scripts/basemap.mjs`,
  features,
};
writeFileSync('public/basemap/caucasus.geojson', JSON.stringify(out) + '\n');
console.log(`basemap: ${features.length} countries: ${features.map((f) => f.properties.name).join(', ')}`);

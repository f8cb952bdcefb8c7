// Builds the bundled offline basemap from Natural Earth (via the world-atlas npm package):
//   public/basemap/caucasus.geojson  1:10m land, borders, coasts and the Araz river, clipped to
//                                    the South Caucasus, rounded to 0.001° (about 100 m, far
//                                    finer than the 1:10m outlines themselves);
//   public/basemap/near.geojson      1:110m land and borders around the region (the NEAR box),
//                                    loaded with it: the locator and the first view need no more;
//   public/basemap/world.geojson     the same for the rest of the world, loaded only when a view
//                                    leaves the NEAR box (so a dataset elsewhere, or a zoomed-out
//                                    view, never floats on blank sea);
//   public/basemap/labels.json       country names at a point inside each country, reference
//                                    cities and the river's name, each with a priority.
// Run: npm run basemap   (after npm ci). Do not edit the outputs by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import { clipPolygon, clipPolyline } from 'lineclip';

// [west, south, east, north]: the South Caucasus with room around the 2020 territories.
const BBOX = [40.0, 36.5, 52.0, 44.5];
// [west, south, east, north]: what the locator shows around the region down to the main map's
// zoom 7, from Egypt to Pakistan. near.geojson carries it as its `bbox`, which the app reads.
const NEAR = [20.0, 25.0, 75.0, 55.0];
// The rest of the world, as four strips around NEAR.
const STRIPS = [[-180, -90, NEAR[0], 90], [NEAR[2], -90, 180, 90], [NEAR[0], -90, NEAR[2], NEAR[1]], [NEAR[0], NEAR[3], NEAR[2], 90]];
// The Araz forms the Iran border from Turkey to Bahramtepe (about 47.98° E); east of it the
// border leaves the river.
const ARAZ_EAST = 47.98;
// Reference cities, rounded to 0.01° (GeoNames). Not records: they only orient the reader.
const CITIES = [
  { name: 'Baku', lat: 40.38, lon: 49.89, rank: 1 },
  { name: 'Yerevan', lat: 40.18, lon: 44.51, rank: 2 },
  { name: 'Tbilisi', lat: 41.69, lon: 44.83, rank: 2 },
  { name: 'Ganja', lat: 40.68, lon: 46.36, rank: 3 },
  { name: 'Nakhchivan', lat: 39.21, lon: 45.41, rank: 3 },
  { name: 'Tabriz', lat: 38.08, lon: 46.29, rank: 3 },
];

// Names in Azerbaijani and Russian for the names the region's map shows (Natural Earth gives
// English only); other countries keep their English name in every language.
const NAMES = {
  Azerbaijan: { az: 'Azərbaycan', ru: 'Азербайджан' },
  Armenia: { az: 'Ermənistan', ru: 'Армения' },
  Georgia: { az: 'Gürcüstan', ru: 'Грузия' },
  Iran: { az: 'İran', ru: 'Иран' },
  Turkey: { az: 'Türkiyə', ru: 'Турция' },
  Russia: { az: 'Rusiya', ru: 'Россия' },
  Iraq: { az: 'İraq', ru: 'Ирак' },
  Syria: { az: 'Suriya', ru: 'Сирия' },
  Kazakhstan: { az: 'Qazaxıstan', ru: 'Казахстан' },
  Turkmenistan: { az: 'Türkmənistan', ru: 'Туркменистан' },
  Uzbekistan: { az: 'Özbəkistan', ru: 'Узбекистан' },
  Baku: { az: 'Bakı', ru: 'Баку' },
  Yerevan: { az: 'İrəvan', ru: 'Ереван' },
  Tbilisi: { az: 'Tbilisi', ru: 'Тбилиси' },
  Ganja: { az: 'Gəncə', ru: 'Гянджа' },
  Nakhchivan: { az: 'Naxçıvan', ru: 'Нахичевань' },
  Tabriz: { az: 'Təbriz', ru: 'Тебриз' },
  Araz: { az: 'Araz', ru: 'Аракс' },
};

const atlas = (name) => JSON.parse(readFileSync(`node_modules/world-atlas/${name}`, 'utf8'));
const { version } = atlas('package.json');
const fine = atlas('countries-10m.json');
const coarse = atlas('countries-110m.json');

const roundPoint = (digits) => ([x, y]) => [Number(x.toFixed(digits)), Number(y.toFixed(digits))];
const roundLine = (line, digits) => {
  const out = [];
  for (const p of line.map(roundPoint(digits))) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
};
const closeRing = (ring) => {
  if (ring.length && (ring[0][0] !== ring.at(-1)[0] || ring[0][1] !== ring.at(-1)[1])) ring.push(ring[0]);
  return ring;
};
const polygonsOf = (geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
const inside = ([x, y]) => x > BBOX[0] && x < BBOX[2] && y > BBOX[1] && y < BBOX[3];

// Area-weighted centre of a ring (shoelace), and its absolute area in square degrees.
const centre = (ring) => {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i], [x1, y1] = ring[i + 1];
    const f = x0 * y1 - x1 * y0;
    a += f; cx += (x0 + x1) * f; cy += (y0 + y1) * f;
  }
  return a === 0 ? null : { lon: cx / (3 * a), lat: cy / (3 * a), area: Math.abs(a / 2) };
};

// --- The South Caucasus at 1:10m ---
const countries = feature(fine, fine.objects.countries);
const land = [];
const labelPoints = new Map();
for (const f of countries.features) {
  if (!f.geometry) continue;
  const clipped = [];
  for (const [outer, ...holes] of polygonsOf(f.geometry)) {
    const kept = closeRing(roundLine(clipPolygon(outer, BBOX), 3));
    if (kept.length < 4) continue;
    clipped.push([kept, ...holes.map((h) => closeRing(roundLine(clipPolygon(h, BBOX), 3))).filter((h) => h.length >= 4)]);
    const c = centre(kept);
    const best = labelPoints.get(f.properties.name);
    if (c && c.area > 0.3 && (!best || c.area > best.area)) labelPoints.set(f.properties.name, c);
  }
  if (!clipped.length) continue;
  land.push({ type: 'Feature', properties: { kind: 'land', name: f.properties.name }, geometry: { type: 'MultiPolygon', coordinates: clipped } });
}
land.sort((a, b) => a.properties.name.localeCompare(b.properties.name));

const clipLines = (lines, digits) =>
  lines.flatMap((l) => clipPolyline(l, BBOX)).map((l) => roundLine(l, digits)).filter((l) => l.length >= 2);
const byName = (name) => (o) => o.properties.name === name;
const geometries = fine.objects.countries.geometries;
const nameOf = (g) => g.properties.name;
const borders = mesh(fine, fine.objects.countries, (a, b) => a !== b);
const coasts = mesh(fine, fine.objects.countries, (a, b) => a === b);
const arazBorder = mesh(fine, fine.objects.countries, (a, b) => {
  const pair = [nameOf(a), nameOf(b)];
  return pair.includes('Iran') && (pair.includes('Azerbaijan') || pair.includes('Armenia'));
});
const araz = clipLines(arazBorder.coordinates, 3)
  .map((l) => l.filter(([x]) => x <= ARAZ_EAST))
  .filter((l) => l.length >= 2);
void geometries; void byName;
const lines = (kind, coordinates, extra = {}) => ({
  type: 'Feature', properties: { kind, ...extra }, geometry: { type: 'MultiLineString', coordinates },
});
const caucasus = {
  type: 'FeatureCollection',
  bbox: BBOX,
  source: `Natural Earth 1:10m admin-0 countries (public domain), via world-atlas@${version} (ISC); rounded to 0.001° and clipped to ${BBOX.join(",")} by scripts/basemap.mjs`,
  features: [
    ...land,
    lines('coast', clipLines(coasts.coordinates, 3)),
    lines('border', clipLines(borders.coordinates, 3)),
    lines('river', araz, { name: 'Araz (Aras)' }),
  ],
};
writeFileSync('public/basemap/caucasus.geojson', JSON.stringify(caucasus) + '\n');

// --- The world at 1:110m, without borders inside the box (the fine ones are drawn there) ---
const world = feature(coarse, coarse.objects.countries);
const worldLand = [];
const worldLabels = new Map();
for (const f of world.features) {
  if (!f.geometry) continue;
  const polygons = polygonsOf(f.geometry).map((rings) => rings.map((r) => closeRing(roundLine(r, 2))).filter((r) => r.length >= 4)).filter((p) => p.length);
  if (!polygons.length) continue;
  worldLand.push({ type: 'Feature', properties: { kind: 'land', name: f.properties.name }, geometry: { type: 'MultiPolygon', coordinates: polygons } });
  for (const [outer] of polygons) {
    const c = centre(outer);
    const best = worldLabels.get(f.properties.name);
    if (c && (!best || c.area > best.area)) worldLabels.set(f.properties.name, c);
  }
}
const worldBorders = mesh(coarse, coarse.objects.countries, (a, b) => a !== b).coordinates
  .map((l) => roundLine(l, 2))
  .flatMap((l) => {
    // Keep the parts outside the box: split where a point falls inside it.
    const parts = [[]];
    for (const p of l) {
      if (inside(p)) parts.push([]);
      else parts.at(-1).push(p);
    }
    return parts.filter((part) => part.length >= 2);
  });
// Split between the NEAR box and the strips around it: land rings clipped to each (land has no
// outline, so the cut never shows), borders cut at the boxes' edges.
const split = (box) => ({
  land: worldLand.flatMap((f) => {
    const polygons = f.geometry.coordinates.flatMap(([outer, ...holes]) => {
      const kept = closeRing(roundLine(clipPolygon(outer, box), 2));
      if (kept.length < 4) return [];
      return [[kept, ...holes.map((h) => closeRing(roundLine(clipPolygon(h, box), 2))).filter((h) => h.length >= 4)]];
    });
    return polygons.length ? [{ ...f, geometry: { type: 'MultiPolygon', coordinates: polygons } }] : [];
  }),
  borders: worldBorders.flatMap((l) => clipPolyline(l, box)).map((l) => roundLine(l, 2)).filter((l) => l.length >= 2),
});
const source = `Natural Earth 1:110m admin-0 countries (public domain), via world-atlas@${version} (ISC); rounded to 0.01° by scripts/basemap.mjs`;
const near = split(NEAR);
writeFileSync('public/basemap/near.geojson', JSON.stringify({
  type: 'FeatureCollection',
  bbox: NEAR,
  source: `${source}; clipped to ${NEAR.join(',')}`,
  features: [...near.land, lines('border', near.borders)],
}) + '\n');
const rest = STRIPS.map(split);
writeFileSync('public/basemap/world.geojson', JSON.stringify({
  type: 'FeatureCollection',
  source: `${source}; outside ${NEAR.join(',')}`,
  features: [...rest.flatMap((r) => r.land), lines('border', rest.flatMap((r) => r.borders))],
}) + '\n');

// --- Labels: priority 1 is shown first when labels collide; the map shows each name once,
// at the candidate point nearest the middle of the view ---
const insideRing = ([x, y], ring) => {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const inCountry = (p, f) => polygonsOf(f.geometry).some(([outer, ...holes]) => insideRing(p, outer) && !holes.some((h) => insideRing(p, h)));
const labels = [];
for (const [name, c] of worldLabels) {
  const near = labelPoints.get(name);
  const at = near ?? c;
  // Larger countries first; the region's own countries before all others.
  const rank = near ? 1 : c.area > 100 ? 2 : c.area > 10 ? 3 : 4;
  labels.push({ name, kind: 'country', lat: Number(at.lat.toFixed(2)), lon: Number(at.lon.toFixed(2)), rank });
}
// Inside the box, more candidate points for each country: every 0.5° grid point well inside it
// (0.2° from its edge), so a zoomed-in view still names the countries it shows.
for (const f of land) {
  for (let lat = BBOX[1] + 0.25; lat < BBOX[3]; lat += 0.5) {
    for (let lon = BBOX[0] + 0.25; lon < BBOX[2]; lon += 0.5) {
      const around = [[0, 0], [0.2, 0], [-0.2, 0], [0, 0.2], [0, -0.2]].map(([dx, dy]) => [lon + dx, lat + dy]);
      if (around.every((p) => inCountry(p, f))) {
        labels.push({ name: f.properties.name, kind: 'country', lat: Number(lat.toFixed(2)), lon: Number(lon.toFixed(2)), rank: 1 });
      }
    }
  }
}
for (const city of CITIES) labels.push({ ...city, kind: 'city' });
const mid = araz.flat().sort((a, b) => a[0] - b[0]);
if (mid.length) {
  const [lon, lat] = mid[Math.floor(mid.length * 0.62)];
  labels.push({ name: 'Araz', kind: 'river', lat, lon, rank: 4 });
}
for (const label of labels) if (NAMES[label.name]) label.names = NAMES[label.name];
labels.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
writeFileSync('public/basemap/labels.json', JSON.stringify({
  source: 'Country label points: area-weighted centres of Natural Earth polygons (the region\'s own clipped to the box); cities rounded to 0.01° from GeoNames; river label on the Araz line. By scripts/basemap.mjs.',
  labels,
}) + '\n');
console.log(`basemap: ${land.length} countries in the box, ${worldLand.length} in the world, ${araz.length} Araz lines, ${labels.length} labels`);

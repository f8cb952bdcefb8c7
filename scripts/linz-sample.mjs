// Builds public/data/linz-addresses-sample.json: a second example dataset, about something else
// entirely, to show that any dataset drops in. It is a deterministic sample (every 10th point)
// of ../shared/data/bench/linz-addresses-10k.json: real street-address points in and around
// Hamilton and Auckland, New Zealand, from LINZ (CC BY 4.0) via the Leaflet.markercluster
// examples (MIT). The data has no dates, towns or kinds of service; nothing is added that it
// does not say.
//   node scripts/linz-sample.mjs [path/to/linz-addresses-10k.json]
import { readFileSync, writeFileSync } from 'node:fs';

const input = process.argv[2] ?? '../shared/data/bench/linz-addresses-10k.json';
const points = JSON.parse(readFileSync(input, 'utf8'));
const EVERY = 20;
const AS_OF = '2026-11-27'; // the day the sample was made

const source = {
  outlet: 'Land Information New Zealand (LINZ)',
  title: 'NZ street address points (CC BY 4.0), as extracted in the Leaflet.markercluster example realworld.10000.js (MIT, © 2012 David Leaver)',
};
const records = points
  .filter((_, i) => i % EVERY === 0)
  .map(([lat, lon, label], k) => {
    const unit = String(label).includes('/');
    return {
      id: `address-${k + 1}`,
      name: { en: `Address point ${label}` },
      category: unit ? 'unit-address' : 'street-number',
      operator: null,
      status: [
        {
          status: 'opened',
          date: null,
          date_precision: 'unknown',
          date_basis: 'reported',
          note: 'Present in the LINZ address data; the data has no dates.',
        },
      ],
      location: {
        town: 'Not given in the data',
        lat,
        lon,
        precision: 'exact',
        note: 'Hamilton or Auckland area, New Zealand; the data names no town.',
      },
      sources: [source],
    };
  });

const dataset = {
  schema_version: 1,
  title: { en: 'Street address points in New Zealand (sample)' },
  description: {
    en: `Every ${EVERY}th of 10,000 street-address points in and around Hamilton and Auckland, New Zealand, from LINZ. An example of another dataset in the same dashboard: the points are real, but the data has no dates, towns or kinds of service, so every point is shown as present ("opened") with no date, and the two categories only say whether the address label has a unit number ("1/898") or not.`,
  },
  licence: { name: 'CC BY 4.0 (LINZ)', url: 'https://creativecommons.org/licenses/by/4.0/' },
  as_of: AS_OF,
  categories: [
    { id: 'street-number', label: { en: 'Street number' }, color: '#1d4ed8', shape: 'circle' },
    { id: 'unit-address', label: { en: 'Unit address (n/m)' }, color: '#b45309', shape: 'square' },
  ],
  records,
};
writeFileSync('public/data/linz-addresses-sample.json', JSON.stringify(dataset) + '\n');
console.log(`linz sample: ${records.length} records (${records.filter((r) => r.category === 'unit-address').length} unit addresses)`);

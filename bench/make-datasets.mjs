// Turns the LINZ address points in ../shared/data/bench/ into dashboard datasets for the
// benchmark. The points carry no category, operator or date, so each record gets them from a
// seeded generator (mulberry32, seed 42): the same files on every run and every machine.
//   node bench/make-datasets.mjs OUT_DIR      writes OUT_DIR/linz-10k.json and linz-50k.json
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, well-known 32-bit seeded generator. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CATEGORIES = [
  { id: 'bank', label: 'Bank branch', color: '#1d4ed8', shape: 'square' },
  { id: 'atm', label: 'ATM', color: '#047857', shape: 'circle' },
  { id: 'post', label: 'Post office', color: '#b45309', shape: 'triangle' },
  { id: 'shop', label: 'Shop', color: '#be185d', shape: 'diamond' },
];
const OPERATORS = ['Kapital Bank', 'Azerpost', 'ABB', 'Bank of Baku', 'Xalq Bank', 'Bravo'];

const month = (index) => {
  // index 0 = 2021-01
  const y = 2021 + Math.floor(index / 12);
  return `${y}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** A dataset of `points` ([lat, lon, label]) with generated categories, operators and months. */
export function makeDataset(points, title) {
  const random = mulberry32(42);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const records = points.map(([lat, lon, label], i) => {
    const opened = Math.floor(random() * 58); // 2021-01 .. 2025-10
    const kind = random();
    const status = [];
    if (kind < 0.3) {
      status.push({ status: 'planned', date: month(Math.max(0, opened - 1 - Math.floor(random() * 12))), date_precision: 'month' });
    }
    // One in ten stays planned.
    if (kind >= 0.9) status.push({ status: 'planned', date: month(opened), date_precision: 'month' });
    else status.push({ status: 'opened', date: month(opened), date_precision: 'month' });
    return {
      id: `p-${i}`,
      name: `Address ${label}`,
      category: pick(CATEGORIES).id,
      operator: pick(OPERATORS),
      status,
      location: { town: 'Hamilton', district: `Area ${Math.floor(random() * 12)}`, lat, lon, precision: 'exact' },
      sources: [{ outlet: 'LINZ', title: 'NZ street address points (CC BY 4.0)' }],
    };
  });
  return {
    schema_version: 1,
    title,
    description: 'Benchmark data: real LINZ address points; categories, operators and dates are generated (seed 42).',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    as_of: '2025-11-27',
    categories: CATEGORIES,
    records,
  };
}

if (process.argv[1]?.endsWith('make-datasets.mjs')) {
  const out = process.argv[2] ?? 'target/bench-site/data';
  mkdirSync(out, { recursive: true });
  for (const [size, file] of [['10k', 'linz-addresses-10k.json'], ['50k', 'linz-addresses-50k.json']]) {
    const points = JSON.parse(readFileSync(join('..', 'shared', 'data', 'bench', file), 'utf8'));
    const text = JSON.stringify(makeDataset(points, `Benchmark: ${points.length} LINZ address points`));
    writeFileSync(join(out, `linz-${size}.json`), text);
    console.log(`${join(out, `linz-${size}.json`)}: ${points.length} records, ${(text.length / 1e6).toFixed(1)} MB`);
  }
}

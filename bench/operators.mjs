// Many distinct operators (issue 11): every record names its own operator. Prints, for each
// size, the time from clearing the search box to the list showing every record again, and
// how many operator checkboxes are in the page. Figures, not pass/fail.
//   node bench/operators.mjs            (after `trunk build --release`)
//   OPERATORS=2000,8000,20000 node bench/operators.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';
import { makeDataset } from './make-datasets.mjs';

const SIZES = (process.env.OPERATORS ?? '2000,8000,20000').split(',').map(Number);
const points = JSON.parse(readFileSync('../shared/data/bench/linz-addresses-50k.json', 'utf8'));
const server = await startServer({ dir: 'dist', port: 0 });
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
console.log('| operators | clear the search → list complete | operator checkboxes in the page |');
console.log('|-----------|----------------------------------|---------------------------------|');
for (const n of SIZES) {
  const dataset = makeDataset(points.slice(0, n), `${n} operators`);
  dataset.records.forEach((r, i) => { r.operator = `Operator ${String(i).padStart(5, '0')}`; });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }));
  await page.goto(url);
  await page.waitForSelector('[data-testid=map][data-marker-count]', { timeout: 120_000 });
  const search = page.getByTestId('search');
  await search.fill('Address 1');
  await page.waitForFunction((n) => !document.querySelector('[data-testid=list-count]').textContent.includes(String(n)), n);
  const started = Date.now();
  await search.fill('');
  await page.waitForFunction((n) => document.querySelector('[data-testid=list-count]').textContent.replace(/\D/g, '') === String(n), n, { timeout: 600_000 });
  const ms = Date.now() - started;
  const boxes = await page.locator('[data-facet=operator]').count();
  console.log(`| ${n} | ${ms} ms | ${boxes} |`);
  await page.close();
}
await browser.close();
server.close();

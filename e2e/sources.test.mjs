// The Sources view (issue 12): every outlet the dataset cites, with how many records rest on
// it, each opening to its records, and a record picked from there is shown on the map.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Dashboard, shippedDataset, sharedSession } from './support.mjs';

const dataset = shippedDataset();
const session = sharedSession();

/** Outlet → ids of the records citing it, from the dataset itself. */
function cited() {
  const by = new Map();
  for (const r of dataset.records) {
    for (const s of r.sources) {
      const name = s.outlet.trim();
      if (!by.has(name)) by.set(name, new Set());
      by.get(name).add(r.id);
    }
  }
  return by;
}

describe('sources', () => {
  test('every cited outlet is listed with its record count, most cited first, and opens to its records', async () => {
    const d = await Dashboard.open(session, { width: 1280, height: 900 });
    await d.markerCount();
    const expected = cited();
    const panel = d.page.getByTestId('sources');
    // An outlet's records are built when it is first opened: none before.
    assert.equal(await panel.locator('[data-record-id]').count(), 0);
    await panel.locator('details[data-outlet]').evaluateAll((all) => all.forEach((e) => { e.open = true; }));
    await d.page.waitForFunction((n) => document.querySelectorAll('[data-testid=sources] details[data-outlet] > ul').length === n, expected.size);
    const outlets = await panel.locator('details[data-outlet]').evaluateAll((all) =>
      all.map((e) => ({ name: e.dataset.outlet, count: Number(e.querySelector('.count').textContent.match(/\d+/)[0]), ids: [...e.querySelectorAll('[data-record-id]')].map((b) => b.dataset.recordId) })),
    );
    assert.deepEqual(new Set(outlets.map((o) => o.name)), new Set(expected.keys()));
    for (const o of outlets) {
      assert.equal(o.count, expected.get(o.name).size, o.name);
      assert.deepEqual(new Set(o.ids), expected.get(o.name), o.name);
    }
    assert.ok(outlets.every((o, i) => i === 0 || outlets[i - 1].count >= o.count));
    // Pick a record of the most cited outlet: its card opens.
    const top = panel.locator('details[data-outlet]').first();
    const pick = top.locator('button[data-record-id]').first();
    const id = await pick.getAttribute('data-record-id');
    await pick.click();
    await d.card().waitFor();
    assert.equal(await d.card().getAttribute('data-record-id'), id);
    assert.equal(d.params().get('id'), id);
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('an outlet with thousands of records lists the first hundred, and the rest on request', async () => {
    const big = structuredClone(dataset);
    const template = big.records.find((r) => r.location.precision !== 'unknown');
    big.records = Array.from({ length: 2500 }, (_, i) => ({ ...structuredClone(template), id: `r-${i}`, sources: [{ outlet: 'One Outlet', url: `https://example.org/${i}` }] }));
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/test/big.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(big) }));
    const d = new Dashboard(page, session.url);
    await page.goto(`${session.url}?data=test/big.json`);
    await d.markerCount();
    const outlet = page.locator('[data-testid=sources] details[data-outlet="One Outlet"]');
    assert.match(await outlet.locator('.count').textContent(), /2,500 records/);
    assert.equal(await outlet.locator('[data-record-id]').count(), 0);
    await outlet.locator('summary').click();
    await outlet.locator('[data-record-id]').first().waitFor();
    assert.equal(await outlet.locator('[data-record-id]').count(), 100);
    const rest = outlet.getByTestId('outlet-show-rest');
    assert.equal(await rest.textContent(), 'Show all 2,400 more here');
    await rest.click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=sources] [data-record-id]').length === 2500);
    assert.equal(await rest.count(), 0);
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('in Russian the counts take Russian plural forms', async () => {
    const d = await Dashboard.open(session, { query: '?lang=ru' });
    await d.markerCount();
    const counts = await d.page.locator('[data-testid=sources] .count').allTextContents();
    const form = (n) => (n % 10 === 1 && n % 100 !== 11 ? 'запись' : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 'записи' : 'записей');
    for (const c of counts) {
      const n = Number(c.match(/\d+/)[0]);
      assert.equal(c, `${n} ${form(n)}`);
    }
    assert.equal(await d.page.locator('#sources-title').textContent(), 'Источники');
    await d.close();
  });
});

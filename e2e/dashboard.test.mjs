// The dashboard as a reader meets it: the real release build in a real browser.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Dashboard, mappedRecords, shippedDataset, startSession } from './support.mjs';

const dataset = shippedDataset();
const mapped = mappedRecords(dataset);
let session;

before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.stop();
});

describe('the default dataset on the map', () => {
  test('draws one marker per mapped record, and lists the rest as not on the map', async () => {
    const d = await Dashboard.open(session);
    assert.equal(await d.markerCount(), mapped.length);
    assert.equal(await d.drawnRecords(), mapped.length);
    const unmapped = dataset.records.length - mapped.length;
    assert.ok(unmapped > 0, 'the dataset has records without coordinates');
    await assert.doesNotReject(
      d.page.getByTestId('unmapped').getByText(`${unmapped} ${unmapped === 1 ? 'record has' : 'records have'} no coordinates`).waitFor(),
    );
    await d.close();
  });

  test('shows the bundled basemap with context and a legend of every family and status', async () => {
    const d = await Dashboard.open(session);
    await d.markerCount();
    // Leaflet draws countries outside the view as an empty path ("M0 0").
    const drawn = () =>
      [...document.querySelectorAll('path.basemap-land.basemap-region')].filter((p) => p.getAttribute('d').length > 10).length;
    await d.page.waitForFunction(drawn);
    assert.ok((await d.page.evaluate(drawn)) >= 3, 'Azerbaijan, Armenia and Iran are in view');
    // Context: the Araz, country names, a scale bar and the locator.
    await d.page.waitForSelector('path.basemap-river', { state: 'attached' });
    await d.page.waitForSelector('.label-country:not(.label-hidden)', { state: 'attached' });
    const countries = await d.page.locator('.label-country:not(.label-hidden)').allTextContents();
    assert.ok(countries.includes('Azerbaijan') && countries.includes('Iran'), countries.join());
    assert.equal(await d.page.locator('.leaflet-control-scale').count(), 1);
    assert.equal(await d.page.getByTestId('locator').locator('path.locator-frame').count(), 1);
    // Every category is in exactly one legend entry; the three statuses are explained.
    const families = await d.page.getByTestId('legend').locator('li[data-categories]').evaluateAll((lis) =>
      lis.map((li) => li.dataset.categories.split(' ')),
    );
    assert.ok(families.length <= 8, `${families.length} families`);
    assert.deepEqual(families.flat().sort(), dataset.categories.map((c) => c.id).sort());
    const statuses = d.page.getByTestId('legend').locator('li[data-status]');
    assert.deepEqual(await statuses.evaluateAll((lis) => lis.map((li) => li.dataset.status)), ['opened', 'planned', 'closed']);
    assert.equal(await d.page.getByTestId('title').textContent(), dataset.title.en);
    await d.close();
  });

  test('clicking a marker shows its card with name, status, operator and sources', async () => {
    const record = dataset.records.find((r) => r.id === 'military-bakery-kalbajar');
    const d = await Dashboard.openAtRecord(session, record);
    await d.marker(record.id).click();
    const card = d.card();
    await card.waitFor();
    assert.equal(await card.getAttribute('data-record-id'), record.id);
    assert.equal(await card.locator('h2').textContent(), record.name.en);
    assert.equal(await card.getByTestId('card-operator').textContent(), record.operator);
    assert.equal(await card.getByTestId('card-status').textContent(), 'Opened');
    assert.match(await card.getByTestId('card-history').textContent(), /Opened by 29 September 2021 \(day known, first reported then\)/);
    const links = card.getByTestId('card-sources').locator('a');
    assert.deepEqual(
      await links.evaluateAll((as) => as.map((a) => a.href)),
      record.sources.map((s) => s.url),
    );
    assert.ok(await d.marker(record.id).evaluate((m) => m.classList.contains('is-selected')));
    // The list follows the map: the record's row is selected too.
    assert.equal(await d.page.locator(`[data-testid=list] tr[data-record-id="${record.id}"]`).getAttribute('aria-selected'), 'true');
    await card.getByRole('button', { name: 'Close' }).click();
    assert.equal(await d.card().count(), 0);
    await d.close();
  });

  test('every marker in a crowded town can be opened from the keyboard', async () => {
    const record = dataset.records.find((r) => r.id === 'kapital-bank-atm-shusha');
    const d = await Dashboard.open(session, { query: `?lat=${record.location.lat}&lon=${record.location.lon}&z=11` });
    await d.markerCount();
    const stack = await d.centralCluster();
    assert.match(await stack.getAttribute('title'), /^Shusha: \d+ records here: .*ATM/);
    await stack.focus();
    await d.page.keyboard.press('Enter');
    // Focus moves to the first marker the cluster reveals, never to the page body.
    await d.page.waitForFunction(() => document.activeElement?.classList.contains('svc-marker'));
    await d.marker(record.id).focus();
    await d.page.keyboard.press('Enter');
    await d.card().waitFor();
    assert.equal(await d.card().getAttribute('data-record-id'), record.id);
    assert.match(await d.card().getByTestId('card-history').textContent(), /Opened by 27 January 2021 \(day known, first reported then\)/);
    // Focus moves to the card so the reader hears what opened.
    assert.equal(await d.page.evaluate(() => document.activeElement?.id), 'card-title');
    await d.close();
  });

  test('a record without an operator says so instead of guessing', async () => {
    const d = await Dashboard.openAtRecord(session, dataset.records.find((r) => r.id === 'first-atm-hadrut'));
    await d.marker('first-atm-hadrut').focus();
    await d.page.keyboard.press('Enter');
    assert.equal(await d.card().getByTestId('card-operator').textContent(), 'Not named in the sources');
    assert.match(await d.card().getByTestId('card-history').textContent(), /Opened in December 2020 \(month known\)/);
    await d.close();
  });

  test('makes no request outside its own origin and logs no console error', async () => {
    const d = await Dashboard.openAtRecord(session, dataset.records.find((r) => r.id === 'military-bakery-kalbajar'));
    await d.page.waitForSelector('path.basemap-land', { state: 'attached' });
    await d.marker('military-bakery-kalbajar').click();
    await d.card().waitFor();
    await d.page.waitForLoadState('networkidle');
    const foreign = d.requests.filter((url) => !url.startsWith(session.origin));
    assert.deepEqual(foreign, []);
    assert.ok(d.requests.some((url) => url.endsWith('data/dataset.json')));
    assert.deepEqual(d.errors, []);
    await d.close();
  });
});

describe('the basemap', () => {
  test('the world beyond the region is loaded only once a view leaves it', async () => {
    const d = await Dashboard.open(session);
    await d.markerCount();
    // The world's outline around the region, in the map and in the locator.
    await d.page.waitForFunction(() => document.querySelectorAll('.locator path.basemap-world.basemap-land').length > 0);
    await d.page.waitForLoadState('networkidle');
    assert.ok(d.requests.some((u) => u.endsWith('basemap/near.geojson')));
    assert.ok(!d.requests.some((u) => u.endsWith('basemap/world.geojson')), 'the rest of the world waits');
    const near = await d.page.locator('path.basemap-world').count();
    const world = d.page.waitForResponse((r) => r.url().endsWith('basemap/world.geojson'));
    for (let i = 0; i < 3; i++) {
      await d.page.locator('.leaflet-control-zoom-out').click();
      await d.page.waitForTimeout(400);
    }
    assert.equal((await world).status(), 200);
    await d.page.waitForFunction((n) => document.querySelectorAll('path.basemap-world').length > n, near);
    assert.deepEqual(d.errors, []);
    await d.close();
  });
});

describe('what the sources leave uncertain, on the card', () => {
  test('a one-off fair shows its days, is open that month and closed after it', async () => {
    // The shipped fairs give no last day (or none held yet), so one is given a single day here.
    const fixture = structuredClone(dataset);
    const fair = fixture.records.find((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.held?.from ?? '') && r.status.at(-1).status === 'opened');
    assert.ok(fair, 'the dataset has a fair with its first day');
    fair.held.to = fair.held.from;
    const open = async (query) => {
      const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.route('**/test/one-day-fair.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(fixture) }));
      const d = new Dashboard(page, `${session.url}?data=test/one-day-fair.json${query}`);
      await page.goto(d.url);
      return d;
    };
    const month = fair.held.to.slice(0, 7);
    const during = await open(`&to=${month}&id=${fair.id}`);
    await during.card().waitFor();
    assert.equal(await during.card().getByTestId('card-status').textContent(), 'Opened');
    assert.match(await during.card().getByTestId('card-held').textContent(), /^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await during.close();
    const now = await open(`&id=${fair.id}`);
    await now.card().waitFor();
    assert.equal(await now.card().getByTestId('card-status').textContent(), 'Closed');
    assert.match(await now.card().getByTestId('card-held').textContent(), /Over: shown as closed from the month after its last day/);
    assert.equal(await now.marker(fair.id).locator('[data-status]').getAttribute('data-status'), 'closed');
    assert.deepEqual(now.errors, []);
    await now.close();
  });

  test('a fair whose days no source gives says so, and a place named only as probable says that', async () => {
    const fair = dataset.records.find((r) => r.held && !r.held.from && !r.held.to);
    const d = await Dashboard.open(session, { query: `?id=${fair.id}` });
    await d.card().waitFor();
    assert.equal(await d.card().getByTestId('card-held').textContent(), 'not stated');
    await d.close();
    const bank = dataset.records.find((r) => r.location.precision === 'probable');
    const b = await Dashboard.open(session, { query: `?id=${bank.id}` });
    await b.card().waitFor();
    assert.match(await b.card().getByTestId('card-precision').textContent(), /^probable town only \(the source says “probably”; shown at its centre\)/);
    await b.page.waitForSelector(`.svc-marker.is-selected:has([data-record-id="${bank.id}"])`);
    assert.deepEqual(b.errors, []);
    await b.close();
  });
});

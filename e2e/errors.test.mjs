// A broken or missing dataset is explained in the page, naming the file and the problem.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Dashboard, endedEvents, mappedRecords, shippedDataset, startSession } from './support.mjs';

let session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.stop();
});

/** Opens the dashboard with the dataset answered by `fulfil` instead of the shipped file. */
async function openWithDataset(fulfil) {
  const page = await session.browser.newPage();
  await page.route('**/data/dataset.json', (route) => route.fulfill(fulfil));
  const d = new Dashboard(page, session.url);
  await page.goto(session.url);
  return d;
}

describe('a dataset that cannot be used', () => {
  test('malformed JSON names the file, the line and the column', async () => {
    const d = await openWithDataset({ status: 200, contentType: 'application/json', body: '{\n  "schema_version": 1,\n  "title": }' });
    const error = d.page.getByTestId('load-error');
    await error.waitFor();
    const text = await error.textContent();
    assert.match(text, /data\/dataset\.json/);
    assert.match(text, /not valid JSON at line 3, column 12/);
    assert.equal(await d.page.getByTestId('map').count(), 0);
    await d.close();
  });

  test('a missing file names the file and the HTTP status', async () => {
    const d = await openWithDataset({ status: 404, body: 'not found' });
    const text = await d.page.getByTestId('load-error').textContent();
    assert.match(text, /data\/dataset\.json was not found on the server \(HTTP 404\)/);
    await d.close();
  });

  test('invalid metadata lists the first problems with field and rule', async () => {
    const dataset = shippedDataset();
    dataset.schema_version = 7;
    dataset.categories[0].color = 'orange';
    const d = await openWithDataset({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) });
    const text = await d.page.getByTestId('load-error').textContent();
    assert.match(text, /field "schema_version" = 7: this build reads schema_version 1 only/);
    assert.ok(
      text.includes(`categories[0] ("${dataset.categories[0].id}"): field "color" = "orange": must be a colour written #rrggbb`),
      text,
    );
    await d.close();
  });
});

describe('a dataset with some invalid records', () => {
  test('shows the valid records and warns about the ones left out, with the reason', async () => {
    const dataset = shippedDataset();
    const broken = mappedRecords(dataset).slice(0, 2);
    broken[0].location.lat = 123;
    broken[1].sources = [];
    const d = await openWithDataset({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) });
    const warning = d.page.getByTestId('data-warnings');
    await warning.waitFor();
    const text = await warning.textContent();
    assert.match(text, new RegExp(`\\("${broken[0].id}"\\): field "location.lat" = 123: latitude must be between -90 and 90`));
    assert.match(text, new RegExp(`\\("${broken[1].id}"\\): field "sources" = \\[\\]: needs at least one source`));
    assert.equal(await d.markerCount(), mappedRecords(shippedDataset()).length - 2);
    await d.close();
  });
});

describe('many or huge problems stay readable', () => {
  test('a huge name is cut in the list, and every problem beyond the first five can be expanded', async () => {
    const dataset = shippedDataset();
    const records = mappedRecords(dataset);
    // A 200,000-character name on a record that is also out of range, and 30 more bad records.
    records[0].name = { en: 'N'.repeat(200_000) };
    records[0].location.lat = 123;
    for (const r of records.slice(1, 31)) r.location.lat = 99;
    const d = await openWithDataset({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) });
    const warning = d.page.getByTestId('data-warnings');
    await warning.waitFor();
    const lines = await warning.locator('li').allTextContents();
    assert.ok(lines.every((l) => l.length < 400), `longest line: ${Math.max(...lines.map((l) => l.length))}`);
    const more = d.page.getByTestId('more-problems');
    assert.match(await more.locator('summary').textContent(), /^and 26 more$/);
    await more.locator('summary').click();
    assert.equal(await warning.locator('li:visible').count(), 31);
    await d.close();
  });
});

describe('problems in the reader\'s language', () => {
  test('a left-out record and a broken metadata field are explained in Russian and Azerbaijani', async () => {
    const dataset = shippedDataset();
    const broken = mappedRecords(dataset)[0];
    broken.location.lat = 123;
    const page = await session.browser.newPage();
    await page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }));
    const d = new Dashboard(page, `${session.url}?lang=ru`);
    await page.goto(d.url);
    const warning = page.getByTestId('data-warnings');
    await warning.waitFor();
    assert.match(await warning.textContent(), new RegExp(`records\\[\\d+\\] \\("${broken.id}"\\): поле "location.lat" = 123: широта должна быть от -90 до 90`));
    await page.close();

    const bad = shippedDataset();
    bad.categories[0].color = 'orange';
    const az = await session.browser.newPage();
    await az.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(bad) }));
    await az.goto(`${session.url}?lang=az`);
    const text = await az.getByTestId('load-error').textContent();
    assert.ok(text.includes(`categories[0] ("${bad.categories[0].id}"): sahə "color" = "orange": #rrggbb şəklində rəng olmalıdır`), text);
    await az.close();
  });
});

describe('every problem can be read', () => {
  test('past the first hundred, "Show all" lists the rest in the page', async () => {
    const dataset = shippedDataset();
    const good = dataset.records[0];
    // 250 copies of a record, each with a latitude out of range.
    dataset.records = Array.from({ length: 250 }, (_, i) => ({ ...structuredClone(good), id: `bad-${i}`, location: { ...good.location, lat: 100 + i / 1000, lon: 46.5 } }));
    const d = await openWithDataset({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) });
    const warning = d.page.getByTestId('data-warnings');
    await warning.waitFor();
    await d.page.getByTestId('more-problems').locator('summary').click();
    assert.equal(await warning.locator('li:visible').count(), 105);
    const all = d.page.getByTestId('show-all-problems');
    assert.equal(await all.textContent(), 'Show all 145 more here');
    await all.click();
    assert.equal(await warning.locator('li:visible').count(), 250);
    assert.match(await warning.locator('li').last().textContent(), /records\[249\] \("bad-249"\): field "location.lat" = 100.249/);
    assert.deepEqual(d.errors, []);
    await d.close();
  });
});

describe('dates and places that do not fit the dataset', () => {
  test('a closure dated after "as of" leaves its record out, saying why; a later plan is a target', async () => {
    const dataset = shippedDataset();
    const [closed, planned] = mappedRecords(dataset).filter((r) => r.status.at(-1).status === 'opened');
    closed.status.push({ status: 'closed', date: '2099', date_precision: 'year' });
    planned.status = [{ status: 'planned', date: '2027', date_precision: 'year' }];
    const d = await openWithDataset({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) });
    const warning = d.page.getByTestId('data-warnings');
    await warning.waitFor();
    assert.match(await warning.textContent(), new RegExp(`\\("${closed.id}"\\): field "status\\[\\d\\]\\.date" = "2099": dated after the dataset's as-of date \\(${dataset.as_of}\\)`));
    // Nothing counts as closed "as of" the dataset's date but one-off events that are over.
    const summary = await d.page.getByTestId('summary').textContent();
    const over = endedEvents(dataset).length;
    if (over === 0) assert.doesNotMatch(summary, /closed/);
    else assert.match(summary, new RegExp(`\\b${over} closed`));
    assert.equal(await d.markerCount(), mappedRecords(shippedDataset()).length - 1);
    // The plan is shown as planned, with its date worded as a target.
    await d.page.goto(`${session.url}?id=${planned.id}`);
    await d.card().waitFor();
    assert.match(await d.card().getByTestId('card-history').textContent(), /Planned for 2027 \(a target date, not yet reached\)/);
    assert.equal(await d.marker(planned.id).locator('[data-status]').getAttribute('data-status'), 'planned');
    await d.close();
  });

  test('swapped coordinates are drawn but flagged; a lone surrogate damages one field, not the file', async () => {
    const dataset = shippedDataset();
    const [swapped, damaged] = mappedRecords(dataset);
    [swapped.location.lat, swapped.location.lon] = [swapped.location.lon, swapped.location.lat];
    damaged.name = { en: 'Bank MARK branch' };
    const body = JSON.stringify(dataset).replace('MARK', '\\ud800');
    const d = await openWithDataset({ status: 200, contentType: 'application/json', body });
    const flags = d.page.getByTestId('data-flags');
    await flags.waitFor();
    const text = await flags.textContent();
    assert.match(text, new RegExp(`\\("${swapped.id}"\\): field "location" = lat [\\d.]+, lon [\\d.]+: outside the dataset's area \\(lat/lon swapped\\?\\)`));
    assert.match(text, new RegExp(`\\("${damaged.id}"\\): field "name(\\.en)?" = "Bank \ufffd branch": holds U\\+FFFD`));
    // Both are still in the dataset and drawn.
    assert.equal(await d.markerCount(), mappedRecords(shippedDataset()).length);
    assert.equal(await d.page.getByTestId('data-warnings').count(), 0);
    assert.deepEqual(d.errors, []);
    await d.close();
  });
});

describe('a Rust panic', () => {
  test('shows an error banner in the page instead of a blank page', async () => {
    const page = await session.browser.newPage();
    const d = new Dashboard(page, session.url);
    await page.goto(session.url);
    await d.markerCount();
    await page.evaluate(() => {
      try {
        window.wasmBindings.simulate_panic('checking the banner');
      } catch {
        // The panic aborts the call; the banner is what the reader sees.
      }
    });
    const banner = page.getByTestId('panic-banner');
    await banner.waitFor();
    assert.match(await banner.textContent(), /Something went wrong inside the dashboard[^]*simulated: checking the banner/);
    assert.equal(await banner.getAttribute('role'), 'alert');
    await d.close();
  });
});

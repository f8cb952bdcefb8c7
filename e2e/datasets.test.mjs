// Any dataset in the dashboard: `?data=`, partly invalid datasets, corrections and downloads.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { STRICT_CSP } from '../scripts/static-server.mjs';
import { Dashboard, mappedRecords, shippedDataset, startSession } from './support.mjs';

let session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.stop();
});

const linz = JSON.parse(readFileSync('public/data/linz-addresses-sample.json', 'utf8'));

/** Opens `?data=test/<name>.json`, answered with `dataset`. */
async function openWith(dataset, name = 'fixture', query = '') {
  const page = await session.browser.newPage();
  await page.route(`**/test/${name}.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  const d = new Dashboard(page, session.url);
  await page.goto(`${session.url}?data=test/${name}.json${query}`);
  return d;
}

describe('another dataset through ?data=', () => {
  test('the New Zealand address sample drops in with its own title, categories and colours', async () => {
    const d = await Dashboard.open(session, { query: '?data=data/linz-addresses-sample.json' });
    assert.equal(await d.markerCount(), linz.records.length);
    assert.equal(await d.page.getByTestId('title').textContent(), linz.title.en);
    // Categories without a family are legend entries of their own.
    const legend = await d.page.getByTestId('legend').locator('li[data-categories]').evaluateAll((lis) => lis.map((li) => li.dataset.categories));
    assert.deepEqual(legend, linz.categories.map((c) => c.id));
    const fill = await d.page.locator('[data-testid=legend] li[data-categories=unit-address] path').getAttribute('fill');
    assert.equal(fill, linz.categories.find((c) => c.id === 'unit-address').color);
    // The link keeps the dataset, so a shared view reopens on it.
    await d.page.locator('[data-facet=category][data-key=unit-address]').check();
    assert.equal(d.params().get('data'), 'data/linz-addresses-sample.json');
    const units = linz.records.filter((r) => r.category === 'unit-address').length;
    await d.page.waitForFunction((n) => document.querySelector('[data-testid=list-count]').textContent === String(n), units);
    assert.equal(await d.markerCount(), units);
    assert.ok(d.requests.every((url) => url.startsWith(session.origin)));
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('a missing dataset names the file', async () => {
    const d = await Dashboard.open(session, { query: '?data=data/no-such-file.json' });
    assert.match(await d.page.getByTestId('load-error').textContent(), /data\/no-such-file\.json was not found on the server \(HTTP 404\)/);
    await d.close();
  });

  test('a javascript: dataset URL is ignored and the default dataset shown', async () => {
    const d = await Dashboard.open(session, { query: '?data=javascript:alert(1)' });
    assert.equal(await d.markerCount(), mappedRecords(shippedDataset()).length);
    await d.close();
  });

  test('records that fail validation are left out and listed, the valid ones shown', async () => {
    const dataset = structuredClone(linz);
    dataset.records[3].location.lat = 'south';
    dataset.records[7].category = 'lighthouse';
    delete dataset.records[9].sources;
    const d = await openWith(dataset, 'partly-invalid');
    assert.equal(await d.markerCount(), linz.records.length - 3);
    const warning = await d.page.getByTestId('data-warnings').textContent();
    assert.match(warning, /records\[3\] \("address-4"\): field "location.lat" = "south": must be a number/);
    assert.match(warning, /records\[7\] \("address-8"\): field "category" = "lighthouse": unknown category/);
    assert.match(warning, /records\[9\] \("address-10"\): field "sources" = \(missing\): is required/);
    await d.close();
  });
});

describe('corrections and downloads', () => {
  test('every card has a "Report a correction" link carrying the record id', async () => {
    const dataset = structuredClone(shippedDataset());
    dataset.corrections = 'https://example.org/corrections?record={id}';
    const d = await openWith(dataset, 'with-corrections', '&id=first-atm-hadrut');
    await d.card().waitFor();
    assert.equal(await d.card().getByTestId('report-correction').getAttribute('href'), 'https://example.org/corrections?record=first-atm-hadrut');
    await d.close();
    const mail = structuredClone(shippedDataset());
    mail.corrections = 'desk@example.org';
    const m = await openWith(mail, 'with-mail', '&id=first-atm-hadrut');
    await m.card().waitFor();
    assert.equal(await m.card().getByTestId('report-correction').getAttribute('href'), 'mailto:desk@example.org?subject=Correction%20to%20record%20first-atm-hadrut');
    await m.close();
  });

  test('the records in view download as CSV and GeoJSON, named for the dataset and the date', async () => {
    const d = await Dashboard.open(session, { query: '?cat=bank' });
    await d.markerCount();
    const banks = shippedDataset().records.filter((r) => r.category === 'bank');
    const [csv] = await Promise.all([d.page.waitForEvent('download'), d.page.getByTestId('download-csv').click()]);
    // The whole title, not cut mid-phrase, and a byte-order mark for spreadsheet programs.
    assert.match(csv.suggestedFilename(), /^services-returning-to-karabakh-and-east-zangezur-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await csv.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.trim().split('\n');
    assert.ok(lines[0].startsWith('id,name,'));
    assert.equal(lines.length, banks.length + 1);
    assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]).sort(), banks.map((r) => r.id).sort());
    const [geo] = await Promise.all([d.page.waitForEvent('download'), d.page.getByTestId('download-geojson').click()]);
    assert.match(geo.suggestedFilename(), /\.geojson$/);
    const collection = JSON.parse(readFileSync(await geo.path(), 'utf8'));
    assert.equal(collection.type, 'FeatureCollection');
    assert.equal(collection.features.length, banks.length);
    await d.close();
  });
});

describe('search folding in the browser', () => {
  // The wasm build folds with the browser's String.prototype.normalize('NFD'); the native
  // build with the unicode-normalization crate. Both must give the golden spellings.
  test('agrees with the native folding on every golden spelling', async () => {
    const golden = JSON.parse(readFileSync('tests/fixtures/folding.json', 'utf8'));
    const d = await Dashboard.open(session);
    await d.markerCount();
    const folded = await d.page.evaluate((inputs) => inputs.map((t) => window.wasmBindings.fold_text(t)), golden.cases.map((c) => c[0]));
    assert.deepEqual(folded, golden.cases.map((c) => c[1]));
    // And the search itself finds Shusha's records by its Azerbaijani spelling.
    await d.page.getByTestId('search').fill('ŞUŞA');
    await d.page.waitForFunction(() => Number(document.querySelector('[data-testid=list-count]').textContent) > 0);
    assert.deepEqual(d.errors, []);
    await d.close();
  });
});

describe('data only from this site', () => {
  for (const asked of ['https://example.org/x.json', '//example.org/x.json', '/\\example.org/x.json', 'HTTPS:%2F%2Fexample.org/x.json']) {
    test(`?data=${asked} is refused, said so, and the default data is shown`, async () => {
      const d = await Dashboard.open(session, { query: `?data=${encodeURIComponent(asked).replace('%25', '%')}` });
      assert.equal(await d.markerCount(), mappedRecords(shippedDataset()).length);
      const notice = d.page.getByTestId('data-rejected');
      await notice.waitFor();
      assert.match(await notice.textContent(), /example\.org/);
      assert.ok(d.requests.every((url) => url.startsWith(session.origin)), d.requests.join('\n'));
      assert.equal(await d.page.getByTestId('data-origin').count(), 0);
      await d.close();
    });
  }

  test('another file on this site is shown with where it comes from and a way back', async () => {
    const d = await Dashboard.open(session, { query: '?data=data/linz-addresses-sample.json' });
    await d.markerCount();
    const origin = d.page.getByTestId('data-origin');
    assert.match(await origin.textContent(), /data\/linz-addresses-sample\.json/);
    const back = await origin.locator('a').getAttribute('href');
    assert.equal(new URL(back, d.page.url()).search, '');
    await d.close();
  });
});

describe("other origins, only where the site's config.json allows", () => {
  const other = 'https://data.example.test';
  const remote = structuredClone(linz);
  remote.title = 'Remote addresses';

  /** Opens ?data=<other>/d.json with `config` as the site's config.json (null: as shipped). */
  async function openRemote(config) {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const d = new Dashboard(page, `${session.url}?data=${encodeURIComponent(`${other}/d.json`)}`);
    const asked = [];
    await page.route(`${other}/**`, (route) => {
      asked.push(route.request().url());
      return route.fulfill({ contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(remote) });
    });
    if (config !== null) await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: config }));
    // A site that allows another origin also lets the page connect to it (docs/security-and-hosting.md).
    await page.route((url) => url.pathname === new URL(session.url).pathname, async (route) => {
      const response = await route.fetch();
      const csp = STRICT_CSP.replace("connect-src 'self'", `connect-src 'self' ${other}`);
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    await page.goto(d.url);
    return { d, asked };
  }

  test('the shipped config.json allows no other origin: refused, said why, nothing requested', async () => {
    const { d, asked } = await openRemote(null);
    assert.equal(await d.markerCount(), mappedRecords(shippedDataset()).length);
    const notice = d.page.getByTestId('data-rejected');
    assert.match(await notice.textContent(), /This site does not load data from data\.example\.test \(it is not listed in the site's config\.json\)/);
    assert.deepEqual(asked, []);
    assert.equal(d.params().get('data'), null);
    await d.close();
  });

  test('an origin listed in config.json loads, and the page names its host near the title', async () => {
    const { d, asked } = await openRemote(JSON.stringify({ allowed_data_origins: [other] }));
    assert.equal(await d.markerCount(), mappedRecords(remote).length);
    assert.deepEqual(asked, [`${other}/d.json`]);
    assert.equal(await d.page.getByTestId('data-host').textContent(), 'data.example.test');
    assert.equal(await d.page.getByTestId('title').textContent(), 'Remote addresses');
    // The link keeps the choice; the way back drops it.
    assert.equal(d.params().get('data'), `${other}/d.json`);
    const back = await d.page.getByTestId('data-origin').locator('a').getAttribute('href');
    assert.equal(new URL(back, d.page.url()).search, '');
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('an invalid config.json refuses every other origin and names its problem', async () => {
    const { d, asked } = await openRemote(JSON.stringify({ allowed_data_origins: ['https://data.example.test/data/'] }));
    assert.equal(await d.markerCount(), mappedRecords(shippedDataset()).length);
    const text = await d.page.getByTestId('data-rejected').textContent();
    assert.match(text, /config\.json is invalid/);
    assert.match(text, /allowed_data_origins\[0\] = "https:\/\/data\.example\.test\/data\/": must be an origin/);
    assert.deepEqual(asked, []);
    await d.close();
  });
});

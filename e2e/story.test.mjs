// The story on the map (issue 8): status drawn on the markers, the map first at desktop and
// phone sizes, one timeline lined up with its histogram, spider legs to the true point, search
// as a locator, and sentences that say "since".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Dashboard, shippedDataset, sharedSession } from './support.mjs';
import { STRICT_CSP } from '../scripts/static-server.mjs';

const dataset = shippedDataset();
const session = sharedSession();

/** The status a marker is drawn with, and how its symbol is painted. */
const look = (marker) =>
  marker.locator('svg').evaluate((svg) => {
    const symbol = svg.querySelector('.svc-symbol');
    const style = getComputedStyle(symbol);
    return {
      status: svg.dataset.status,
      fill: style.fill,
      stroke: style.stroke,
      crossed: svg.querySelector('.status-cross') !== null,
    };
  });

describe('status on the map', () => {
  test('planned markers are drawn hollow in their colour, opened ones filled', async () => {
    // Open Shusha's stack of banks and ATMs: it holds both opened and planned ones.
    const shusha = dataset.places.find((p) => p.name === 'Shusha');
    const at = await Dashboard.open(session, { query: `?cat=bank&cat=atm&cat=payment&lat=${shusha.lat}&lon=${shusha.lon}&z=11` });
    await at.markerCount();
    await (await at.centralCluster()).click();
    await at.page.waitForSelector('.svc-marker svg[data-status=planned]');
    await at.page.waitForSelector('.svc-marker svg[data-status=opened]');
    const planned = await look(at.page.locator('.svc-marker:has(svg[data-status=planned])').first());
    const opened = await look(at.page.locator('.svc-marker:has(svg[data-status=opened])').first());
    assert.notEqual(planned.fill, opened.fill, 'planned and opened are painted differently');
    // Hollow: the fill is the page background, the outline the category colour; filled: the
    // fill is the category colour.
    const bank = dataset.categories.find((c) => c.id === 'bank').color;
    const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    assert.equal(opened.fill, rgb(bank));
    assert.equal(planned.stroke, rgb(bank));
    assert.equal(planned.fill, 'rgb(255, 255, 255)');
    await at.close();
  });

  test('a record changes appearance the month its status changes, and the month shows on the map', async () => {
    const record = dataset.records.find((r) => r.id === 'post-office-lachin');
    const opened = record.status.find((s) => s.status === 'opened').date.slice(0, 7);
    const [year, month] = opened.split('-').map(Number);
    const before = `${month === 1 ? year - 1 : year}-${String(month === 1 ? 12 : month - 1).padStart(2, '0')}`;
    const d = await Dashboard.open(session, { query: `?id=${record.id}&to=${before}` });
    await d.marker(record.id).waitFor();
    assert.equal((await look(d.marker(record.id))).status, 'planned');
    assert.equal(await d.page.getByTestId('month-badge').isVisible(), true);
    const badgeBefore = await d.page.getByTestId('month-badge').textContent();
    // One month on with the scrubber's arrow key.
    await d.page.getByTestId('time-to').focus();
    await d.page.keyboard.press('ArrowRight');
    await d.page.waitForFunction((id) => document.querySelector(`svg[data-record-id="${id}"]`)?.dataset.status === 'opened', record.id);
    const after = await look(d.marker(record.id));
    assert.equal(after.status, 'opened');
    assert.notEqual(await d.page.getByTestId('month-badge').textContent(), badgeBefore);
    assert.equal(d.params().get('to'), opened);
    await d.close();
  });

  test('a closed service is greyed and crossed out', async () => {
    const closed = structuredClone(dataset);
    const record = closed.records.find((r) => r.id === 'post-office-lachin');
    record.status.push({ status: 'closed', date: '2025-11', date_precision: 'month', approximate: false, date_basis: 'event' });
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.route('**/test/closed.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(closed) }));
    const d = new Dashboard(page, session.url);
    await page.goto(`${session.url}?data=test/closed.json&id=${record.id}`);
    await d.marker(record.id).waitFor();
    const drawn = await look(d.marker(record.id));
    assert.equal(drawn.status, 'closed');
    assert.ok(drawn.crossed);
    await d.close();
  });
});

describe('map first', () => {
  for (const [width, height] of [[1280, 800], [360, 640]]) {
    test(`at ${width}×${height} the map leads, the timeline follows and nothing scrolls sideways`, async () => {
      const d = await Dashboard.open(session, { width, height });
      await d.markerCount();
      const map = await d.map().boundingBox();
      const page = await d.page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      assert.ok(page.scrollWidth <= page.innerWidth, `no horizontal scroll (${page.scrollWidth} > ${page.innerWidth})`);
      assert.ok(map.width >= width - 40, `map across the width (${map.width})`);
      if (width > 480) {
        assert.ok(map.y < 220, `map top ${map.y}`);
        assert.ok(map.height >= height * 0.55, `map height ${map.height}`);
        const scrubber = await d.page.getByTestId('time-to').boundingBox();
        assert.ok(scrubber.y + scrubber.height <= height, `the timeline is on the first screen (${scrubber.y})`);
      } else {
        assert.ok(map.y < 260, `map top ${map.y}`);
        assert.ok(map.height >= height * 0.5, `map height ${map.height}`);
        // Search and Filters above the map, touch-sized.
        for (const id of ['search', 'filters-button', 'show-list']) {
          const b = await d.page.getByTestId(id).boundingBox();
          assert.ok(b.y + b.height <= map.y, `${id} above the map`);
          assert.ok(b.height >= 44, `${id} is ${b.height}px high`);
        }
        // Map | List: the list replaces the map, as stacked rows.
        await d.page.getByTestId('show-list').click();
        assert.equal(await d.map().isVisible(), false);
        const row = await d.page.locator('[data-testid=list] tbody tr[data-record-id]').first().boundingBox();
        assert.ok(row.width <= width, `row ${row.width}px wide`);
        const sideways = await d.page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(sideways <= width);
      }
      await d.close();
    });
  }

  test('"Filters" opens every filter as a sheet; chips filter by family and status', async () => {
    const d = await Dashboard.open(session, { width: 1280, height: 800 });
    await d.markerCount();
    await d.page.getByTestId('filters-button').click();
    const sheet = d.page.getByTestId('filters');
    assert.ok(await sheet.evaluate((s) => s.classList.contains('is-open')));
    const box = await sheet.boundingBox();
    assert.ok(box.y < 800 && box.y + box.height <= 800, 'the sheet is on screen');
    await d.page.keyboard.press('Escape');
    assert.ok(!(await sheet.evaluate((s) => s.classList.contains('is-open'))));
    assert.equal(await d.page.evaluate(() => document.activeElement?.dataset.testid), 'filters-button');
    // The money chip ticks every category of the family; its count is theirs.
    const money = dataset.categories.filter((c) => c.family?.en === 'Money').map((c) => c.id);
    const chip = d.page.locator('.family-chip[data-family=Money]');
    const count = dataset.records.filter((r) => money.includes(r.category)).length;
    assert.equal(await chip.locator('.count').textContent(), String(count));
    await chip.click();
    assert.deepEqual(d.params().getAll('cat').sort(), [...money].sort());
    await d.page.waitForFunction((n) => document.querySelector('[data-testid=list-count]').textContent === String(n), count);
    assert.equal(await d.page.getByText('Filters (3)').count(), 1);
    await d.page.locator('.status-chip[data-chip-status=planned]').click();
    assert.deepEqual(d.params().getAll('status'), ['planned']);
    await d.close();
  });
});

describe('one timeline', () => {
  test('the scrubber and the histogram line up at the first and last months', async () => {
    const d = await Dashboard.open(session);
    await d.markerCount();
    const months = d.page.locator('[data-testid=histogram] g[data-month]');
    const n = await months.count();
    const scrubber = await d.page.getByTestId('time-to').boundingBox();
    // Clicking the scrubber right under a month's column picks that month.
    for (const i of [0, n - 1]) {
      const column = await months.nth(i).locator('.month-hit').boundingBox();
      const x = column.x + column.width / 2;
      await d.page.mouse.click(x, scrubber.y + scrubber.height / 2);
      const month = await months.nth(i).getAttribute('data-month');
      await d.page.waitForFunction((m) => (new URL(location.href).searchParams.get('to') ?? 'last') === m, i === n - 1 ? 'last' : month);
    }
    // Year ticks sit on their January column.
    const tick = d.page.locator('.tick[data-month="2022-01"]');
    const jan = await d.page.locator('[data-testid=histogram] g[data-month="2022-01"] .month-hit').boundingBox();
    const t = await tick.boundingBox();
    assert.ok(Math.abs(t.x + t.width / 2 - (jan.x + jan.width / 2)) < 1.5, 'the 2022 tick is under January 2022');
    await d.close();
  });

  test('with a start month, every sentence says "since"', async () => {
    const d = await Dashboard.open(session, { query: '?from=2023-01' });
    await d.markerCount();
    assert.match(await d.page.getByTestId('summary').textContent(), /^Since Jan 2023: /);
    assert.equal(await d.page.getByTestId('range-mode').isChecked(), true);
    assert.equal(await d.page.getByTestId('from-label').textContent(), 'Jan 2023');
    await d.close();
  });
});

describe('crowded places and search', () => {
  test("the spider's legs point at the records' true coordinates", async () => {
    const shusha = dataset.places.find((p) => p.name === 'Shusha');
    const d = await Dashboard.open(session, { query: `?lat=${shusha.lat}&lon=${shusha.lon}&z=11` });
    await d.markerCount();
    await (await d.centralCluster()).click();
    await d.page.waitForSelector('.spider-leg');
    // Where Leaflet puts the point itself: the Shusha label's anchor (a 0×0 icon at the point).
    const point = await d.page.evaluate(() => {
      const label = [...document.querySelectorAll('.place-label')].find((l) => l.textContent === 'Shusha');
      const b = label.getBoundingClientRect();
      return { x: b.x, y: b.y };
    });
    const feet = await d.page.locator('.spider-leg').evaluateAll((legs) =>
      legs.map((leg) => {
        const [x, y] = leg.dataset.foot.split(' ').map(Number);
        const p = new DOMPoint(x, y).matrixTransform(leg.getScreenCTM());
        return { x: p.x, y: p.y };
      }),
    );
    const atShusha = dataset.records.filter((r) => r.location.lat === shusha.lat && r.location.lon === shusha.lon).length;
    assert.equal(feet.length, atShusha);
    for (const f of feet) {
      assert.ok(Math.hypot(f.x - point.x, f.y - point.y) < 1.5, `leg foot ${f.x},${f.y} vs point ${point.x},${point.y}`);
    }
    await d.close();
  });

  test('a search naming a town moves the map to it', async () => {
    const d = await Dashboard.open(session);
    await d.markerCount();
    await d.page.getByTestId('search').fill('Laçın');
    const lachin = dataset.places.find((p) => p.name === 'Lachin');
    const box = await d.map().boundingBox();
    await d.page.waitForFunction(
      ({ cx, cy }) => {
        const label = [...document.querySelectorAll('.place-label')].find((l) => l.textContent === 'Lachin');
        const b = label?.getBoundingClientRect();
        return b && Math.hypot(b.x - cx, b.y - cy) < 30;
      },
      { cx: box.x + box.width / 2, cy: box.y + box.height / 2 },
    );
    assert.ok(lachin.other_names.length > 0);
    await d.close();
  });
});

describe('an opt-in tile layer', () => {
  test('tiles load only when the link asks and config.json lists their server; their credit is text naming it', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
    const open = async (query, config = { allowed_tile_origins: ['https://tiles.example.test'] }) => {
      const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(config) }));
      const requested = [];
      await page.route('https://tiles.example.test/**', (route) => {
        requested.push(route.request().url());
        return route.fulfill({ status: 200, contentType: 'image/png', body: png });
      });
      // A host that opts in to a tile server widens img-src for it, as docs/security-and-hosting.md says.
      await page.route(session.url + query, async (route) => {
        const response = await route.fetch();
        const csp = STRICT_CSP.replace("img-src 'self' data:", "img-src 'self' data: https://tiles.example.test");
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
      });
      await page.goto(session.url + query);
      await page.waitForSelector('[data-testid=map][data-marker-count]');
      await page.waitForTimeout(500);
      return { page, requested };
    };
    const plain = await open('');
    assert.deepEqual(plain.requested, []);
    assert.equal(await plain.page.locator('.leaflet-tile').count(), 0);
    await plain.page.close();

    const template = encodeURIComponent('https://tiles.example.test/{z}/{x}/{y}.png');
    const by = encodeURIComponent('<b>Example</b> tiles');
    const tiled = await open(`?tiles=${template}&tiles_by=${by}`);
    await tiled.page.waitForSelector('.leaflet-tile-loaded');
    assert.ok(tiled.requested.length > 0);
    assert.ok(tiled.requested.every((u) => /^https:\/\/tiles\.example\.test\/\d+\/\d+\/\d+\.png$/.test(u)), tiled.requested[0]);
    const credit = tiled.page.locator('.leaflet-control-attribution');
    assert.match(await credit.textContent(), /<b>Example<\/b> tiles \(tiles\.example\.test\)/);
    assert.equal(await credit.locator('b').count(), 0);
    // The choice stays in the link.
    assert.equal(new URL(tiled.page.url()).searchParams.get('tiles'), 'https://tiles.example.test/{z}/{x}/{y}.png');
    await tiled.page.close();

    // A credit of one 600-letter word wraps inside the map: all of it is there to read.
    const long = await open(`?tiles=${template}&tiles_by=${'W'.repeat(600)}`);
    await long.page.waitForSelector('.leaflet-tile-loaded');
    const [box, map] = [await long.page.locator('.leaflet-control-attribution').boundingBox(), await long.page.getByTestId('map').boundingBox()];
    assert.ok(box.x >= map.x && box.x + box.width <= map.x + map.width + 1, JSON.stringify({ box, map }));
    assert.match(await long.page.locator('.leaflet-control-attribution').textContent(), /W{600}/);
    await long.page.close();

    // Not listed, a placeholder Leaflet cannot fill, no credit: nothing is requested, the
    // page says why, and the link forgets the template.
    for (const [query, why] of [
      [`?tiles=${template}&tiles_by=${by}`, /tiles\.example\.test is not in this site's config\.json/],
      [`?tiles=${encodeURIComponent('https://tiles.example.test/{z}/{x}/{y}{foo}.png')}&tiles_by=T`, /placeholders/],
      [`?tiles=${template}`, /attribution/],
    ]) {
      const refused = await open(query, query.includes('foo') || !query.includes('tiles_by') ? undefined : {});
      await refused.page.getByTestId('tiles-rejected').waitFor();
      assert.match(await refused.page.getByTestId('tiles-rejected').textContent(), why);
      assert.deepEqual(refused.requested, []);
      assert.equal(new URL(refused.page.url()).searchParams.get('tiles'), null);
      await refused.page.close();
    }
  });
});

describe('names and what lies over the map', () => {
  for (const [width, height] of [[1280, 800], [360, 640]]) {
    test(`at ${width}×${height} no shown name lies under the legend, the locator or a map control`, async () => {
      const d = await Dashboard.open(session, { width, height });
      await d.markerCount();
      await d.page.waitForSelector('.label-country', { state: 'attached' });
      await d.page.waitForTimeout(300);
      const clashes = await d.page.evaluate(() => {
        const boxes = (selector) => [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
        const over = boxes('.legend, .locator, .leaflet-control');
        const names = [...document.querySelectorAll('.map-label:not(.label-hidden) span, .place-label:not(.label-hidden) span')];
        const hit = (a, b) => a.left < b.right - 2 && b.left < a.right - 2 && a.top < b.bottom - 2 && b.top < a.bottom - 2;
        return names.filter((n) => over.some((o) => hit(n.getBoundingClientRect(), o))).map((n) => n.textContent);
      });
      assert.deepEqual(clashes, []);
      await d.close();
    });
  }
});

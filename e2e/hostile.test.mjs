// The hostile corpus in the browser (issue 11): every dataset and URL-parameter set of
// tests/fixtures/hostile/ (scripts/hostile-corpus.mjs) is opened as a reader would. No script
// from any of them runs, nothing is requested from another origin, no error reaches the
// console, and the page says what the manifest expects. Run once, with dist/ at the root (the
// sub-path pass skips it: nothing here depends on where dist/ is served).

const once = { skip: BASE !== '/' && 'run once, with dist/ at the root' };
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { BASE, Dashboard, shippedDataset, sharedSession } from './support.mjs';

const session = sharedSession();
const datasets = JSON.parse(readFileSync('tests/fixtures/hostile/datasets.json', 'utf8'));
const urls = JSON.parse(readFileSync('tests/fixtures/hostile/urls.json', 'utf8'));
const all = shippedDataset().records.length;

/** Opens `query` and waits until the dashboard or its load error is on screen. */
async function open(query, route) {
  const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (route) await route(page);
  const d = new Dashboard(page, session.url + query);
  await page.goto(d.url);
  await page.waitForSelector('[data-testid=map][data-marker-count], [data-testid=load-error]');
  await page.waitForTimeout(50);
  return d;
}

/** What holds for every case: no script ran, nothing left the origin, no console error. */
async function safe(d, { allowFailedLoad = false } = {}) {
  assert.equal(await d.page.evaluate(() => window.__pwned), undefined, 'a script from the data ran');
  const away = d.requests.filter((u) => !u.startsWith(session.origin));
  assert.deepEqual(away, []);
  const errors = d.errors.filter((e) => !(allowFailedLoad && /Failed to load resource/.test(e)));
  assert.deepEqual(errors, []);
}

describe('hostile datasets', once, () => {
  for (const c of datasets) {
    test(`${c.name}: ${c.outcome === 'loads' ? `${c.records} records, ${c.problems} left out, ${c.flags} flagged` : 'explained, nothing shown'}`, async () => {
      const body = readFileSync(`tests/fixtures/hostile/datasets/${c.file}`);
      const d = await open(`?data=test/hostile/${c.file}`, (page) =>
        page.route(`**/test/hostile/${c.file}`, (r) => r.fulfill({ contentType: 'application/json', body })),
      );
      const page = d.page;
      if (c.outcome === 'fails') {
        assert.match(await page.getByTestId('load-error-message').textContent(), new RegExp(`test/hostile/${c.file}`));
        assert.equal(await page.getByTestId('map').count(), 0);
      } else {
        assert.equal(await page.getByTestId('list-count').textContent(), String(c.records));
        assert.equal(await page.getByTestId('data-warnings').count(), c.problems > 0 ? 1 : 0);
        assert.equal(await page.getByTestId('data-flags').count(), c.flags > 0 ? 1 : 0);
        if (c.chips) {
          // A dozen family chips at most, then one that opens the filters.
          assert.equal(await page.locator('.family-chip').count(), c.chips);
          await page.getByTestId('more-families').click();
          await page.getByTestId('facet-find-category').fill('Category 9999');
          await page.locator('[data-facet=category][data-key=c9999]').check();
          await page.waitForFunction(() => document.querySelector('[data-testid=list-count]').textContent === '0');
        }
        if (c.legend) {
          // The open legend stays inside the map, its toggle in reach, its names in their box.
          const legend = page.getByTestId('legend');
          await legend.evaluate((l) => { l.open = true; });
          const [box, map] = [await legend.boundingBox(), await page.getByTestId('map').boundingBox()];
          assert.ok(box.y >= map.y && box.y + box.height <= map.y + map.height + 1, JSON.stringify({ box, map }));
          const spill = await legend.evaluate((l) => [...l.querySelectorAll('.legend-label')].filter((s) => s.getBoundingClientRect().right > l.getBoundingClientRect().right + 1).length);
          assert.equal(spill, 0);
          await legend.locator('summary').click();
          assert.equal(await legend.evaluate((l) => l.open), false, 'the toggle is reachable');
          // A long family name is shortened on its chip, and whole on focus and on hover.
          const chip = page.locator('.family-chip').first();
          const cut = () => chip.locator('.chip-label').evaluate((s) => s.scrollWidth > s.clientWidth + 1);
          assert.equal(await cut(), true, 'the long name is shortened');
          await chip.focus();
          assert.equal(await cut(), false, 'whole on focus');
          await chip.blur();
          await chip.hover();
          assert.equal(await cut(), false, 'whole on hover');
        }
        if (c.long_span) {
          // A span of centuries is drawn with a dozen year labels at most and no column per
          // month, and the page still answers a keystroke.
          const labels = await page.locator('.timeline .tick').allTextContents();
          assert.ok(labels.length > 0 && labels.length <= 13, labels.join(' '));
          assert.equal(await page.locator('.histogram .month').count(), 0);
          await page.getByTestId('search').fill('zzz');
          await page.waitForFunction(() => document.querySelector('[data-testid=list-count]').textContent === '0');
        }
        if (c.shows) {
          if (c.records > 0) {
            // A record's own text is on its card: open the first one.
            await page.locator('[data-testid=list] tbody tr[data-record-id] button.link').first().click();
            await d.card().waitFor();
          }
          const text = await page.evaluate(() => document.body.innerText);
          assert.ok(text.includes(c.shows), `"${c.shows}" not shown`);
        }
      }
      await safe(d);
      await d.close();
    });
  }
});

describe('hostile links', once, () => {
  for (const c of urls) {
    const shown = c.query.length > 90 ? `${c.query.slice(0, 90)}…` : c.query;
    test(shown, async () => {
      const d = await open(c.query);
      const page = d.page;
      const p = c.page;
      if (p.loadError) await page.getByTestId('load-error').waitFor();
      else assert.ok((await d.markerCount()) >= 0);
      if (p.lang) assert.equal(await page.evaluate(() => document.documentElement.lang), p.lang);
      if (p.rejected) await page.getByTestId('data-rejected').waitFor();
      if (p.list !== undefined) assert.equal(await page.getByTestId('list-count').textContent(), String(p.list === 'all' ? all : p.list));
      if (p.card) assert.equal(await d.card().getAttribute('data-record-id'), p.card);
      await safe(d, { allowFailedLoad: Boolean(p.loadError) });
      await d.close();
    });
  }
});

describe('naughty strings', once, () => {
  // minimaxir/big-list-of-naughty-strings (../shared/corpora), every non-blank one, as record
  // names, operators and notes and as category labels, a dataset's worth at a time.
  const strings = JSON.parse(readFileSync('../shared/corpora/naughty-strings/blns.json', 'utf8')).filter((s) => s.trim() !== '');
  const base = shippedDataset();
  const per = base.records.length;
  for (let start = 0; start < strings.length; start += per) {
    const chunk = strings.slice(start, start + per);
    test(`strings ${start + 1}–${start + chunk.length} show as text in the list, card and legend, and cover no control`, async () => {
      const d = structuredClone(base);
      d.records.forEach((r, i) => {
        const s = chunk[i % chunk.length];
        r.name = s;
        r.operator = s;
        r.notes = s;
      });
      d.categories.forEach((c, i) => { c.label = chunk[i % chunk.length]; delete c.family; });
      // And as the gazetteer's place names, which the map writes beside their markers.
      const renamed = new Map();
      d.places.forEach((p, i) => {
        const s = chunk[(i + 7) % chunk.length];
        renamed.set(p.name, s);
        p.name = s;
        delete p.names;
      });
      d.records.forEach((r) => { if (renamed.has(r.location.town)) r.location.town = renamed.get(r.location.town); });
      const body = JSON.stringify(d);
      const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.route('**/data/dataset.json', (r) => r.fulfill({ contentType: 'application/json', body }));
      const dash = new Dashboard(page, session.url);
      await page.goto(dash.url);
      await dash.markerCount();
      await page.getByTestId('list').waitFor();
      assert.equal(await page.getByTestId('list-count').textContent(), String(d.records.length));
      // The legend names each category by its label, as text.
      // As the reader keeps text: trimmed of Unicode white space (Rust's, not JavaScript's, which
      // also takes U+FEFF).
      const trim = (s) => s.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '');
      const legend = await page.getByTestId('legend').locator('.legend-families .legend-label').allTextContents();
      assert.deepEqual(legend, d.categories.map((c) => trim(c.label)));
      // The map's place names are the strings, as text, and some are shown.
      const places = await page.evaluate(() => [...document.querySelectorAll('.place-label')].map((l) => ({
        text: l.querySelector('span').textContent,
        elements: l.querySelector('span').children.length,
        shown: getComputedStyle(l).visibility !== 'hidden',
      })));
      const names = new Set(d.places.map((p) => trim(p.name)));
      assert.ok(places.some((p) => p.shown), 'a place is named on the map');
      for (const p of places) {
        assert.ok(names.has(p.text), JSON.stringify(p.text));
        assert.equal(p.elements, 0);
      }
      // Nothing the strings made covers the search box, Filters or the zoom buttons.
      for (const selector of ['[data-testid=search]', '[data-testid=filters-button]', '.leaflet-control-zoom-in']) {
        const covered = await page.evaluate((sel) => {
          const e = document.querySelector(sel);
          const r = e.getBoundingClientRect();
          const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return !(at === e || e.contains(at));
        }, selector);
        assert.equal(covered, false, `${selector} is covered`);
      }
      // The first rows' cards: the heading is the record's name, as text.
      const rows = page.locator('[data-testid=list] tbody tr[data-record-id]');
      for (const n of [0, 1, 2]) {
        const id = await rows.nth(n).getAttribute('data-record-id');
        await rows.nth(n).locator('button.link').click();
        await page.waitForFunction((id) => document.querySelector('article.card')?.getAttribute('data-record-id') === id, id);
        const record = d.records.find((r) => r.id === id);
        assert.equal(await dash.card().locator('h2').textContent(), trim(record.name));
      }
      await safe(dash);
      await dash.close();
    });
  }
});

// Everyone can read it (issue 10): Azerbaijani, Russian and English, switched live, with each
// language's plurals and dates; and a reader with only a keyboard.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asOfLabel, Dashboard, shippedDataset, sharedSession } from './support.mjs';

const dataset = shippedDataset();
const session = sharedSession();

/** Russian plural form index for n: one (1, 21), few (2–4, 22–24), many (5–20, 11–14). */
const ruForm = (n) => (n % 10 === 1 && n % 100 !== 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2);

describe('three languages', () => {
  test('switching is live: the card, list, summary and timeline change language and stay where they were', async () => {
    const d = await Dashboard.open(session, { query: '?cat=post&id=post-office-lachin' });
    await d.card().waitFor();
    const listed = await d.page.getByTestId('list-count').textContent();
    assert.equal(await d.page.evaluate(() => document.documentElement.lang), 'en');
    assert.match(await d.card().getByTestId('card-history').textContent(), /Opened by 11 July 2025/);

    await d.page.locator('.lang-button[data-lang=ru]').click();
    await d.page.waitForFunction(() => document.documentElement.lang === 'ru');
    assert.equal(d.params().get('lang'), 'ru');
    // Same view: the filter, the selection and the list.
    await d.card().waitFor();
    assert.equal(await d.card().getAttribute('data-record-id'), 'post-office-lachin');
    assert.equal(await d.page.getByTestId('list-count').textContent(), listed);
    assert.ok(await d.page.locator('[data-facet=category][data-key=post]').isChecked());
    // Dates: genitive after a day in the card, short months on the timeline.
    assert.match(await d.card().getByTestId('card-history').textContent(), /Открыто: не позднее 11 июля 2025 \(известен день/);
    assert.equal(await d.page.getByTestId('to-label').textContent(), asOfLabel(dataset, 'ru'));
    // Plurals: the summary's forms follow the count.
    const summary = await d.page.getByTestId('summary').textContent();
    const open = Number(summary.match(/^(\d+)/)[1]);
    assert.ok(summary.startsWith(`${open} ${['служба открыта', 'службы открыты', 'служб открыто'][ruForm(open)]}`), summary);
    assert.ok(summary.endsWith(`, на ${asOfLabel(dataset, 'ru')}.`), summary);
    // Interface strings, the zoom buttons and the attribution.
    assert.equal(await d.page.getByTestId('filters-button').textContent(), 'Фильтры (1)');
    assert.equal(await d.page.locator('.leaflet-control-zoom-in').getAttribute('title'), 'Приблизить');
    await d.page.waitForSelector('.leaflet-control-attribution:has-text("Границы")');
    await d.page.waitForSelector('.label-country:has-text("Азербайджан")', { state: 'attached' });
    // Dataset strings in Russian where the dataset has them (category labels).
    const post = dataset.categories.find((c) => c.id === 'post');
    assert.match(await d.card().textContent(), new RegExp(post.label.ru));

    await d.page.locator('.lang-button[data-lang=az]').click();
    await d.page.waitForFunction(() => document.documentElement.lang === 'az');
    await d.card().waitFor();
    assert.match(await d.card().getByTestId('card-history').textContent(), /Açılıb: ən gec 11 iyul 2025 \(günü məlumdur/);
    const az = await d.page.getByTestId('summary').textContent();
    assert.match(az, /^\d+ xidmət açıqdır/);
    assert.equal(await d.page.getByTestId('to-label').textContent(), asOfLabel(dataset, 'az'));
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('switching while the basemap is still on its way leaves no error behind', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const d = new Dashboard(page, `${session.url}?cat=post&id=post-office-lachin`);
    // The basemap answers only after the language has been switched twice.
    let held = 0;
    await page.route('**/basemap/**', async (route) => {
      if (held++ < 3) await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(d.url);
    await d.card().waitFor();
    await page.locator('.lang-button[data-lang=ru]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ru');
    await page.locator('.lang-button[data-lang=az]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'az');
    // Every held answer has arrived (the map draws the region's outlines).
    await page.waitForTimeout(2000);
    await page.waitForSelector('.leaflet-overlay-pane path, .leaflet-pane path', { state: 'attached' });
    assert.equal(await d.card().getAttribute('data-record-id'), 'post-office-lachin');
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('the map survives three switches: same element, no basemap fetched again, same view and selection, new words', async () => {
    const d = await Dashboard.open(session, { query: '?lat=39.7&lon=46.7&z=9&id=post-office-lachin' });
    await d.card().waitFor();
    await d.markerCount();
    // Every basemap file the first view needs has arrived and is drawn.
    await d.page.waitForSelector('.leaflet-control-attribution:has-text("Outlines")');
    await d.page.waitForSelector('.label-country', { state: 'attached' });
    await d.page.waitForTimeout(300);
    await d.page.evaluate(() => { window.firstMap = document.querySelector('.leaflet-container'); });
    const fetched = [];
    d.page.on('request', (r) => { if (/\/basemap\//.test(r.url())) fetched.push(r.url()); });
    const view = () => ['lat', 'lon', 'z', 'id'].map((k) => d.params().get(k));
    const before = view();
    const zoomIn = { ru: 'Приблизить', az: 'Yaxınlaşdır', en: 'Zoom in' };
    for (const lang of ['ru', 'az', 'en']) {
      const button = d.page.locator(`.lang-button[data-lang=${lang}]`);
      await button.click();
      await d.page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await d.card().waitFor();
      assert.equal(await d.page.evaluate(() => document.querySelector('.leaflet-container') === window.firstMap), true, `${lang}: the same map element`);
      assert.deepEqual(view(), before, `${lang}: the same view and selection`);
      assert.equal(await d.card().getAttribute('data-record-id'), 'post-office-lachin');
      // Focus stays on the button pressed (it is not built again).
      assert.equal(await button.evaluate((b) => b === document.activeElement), true, `${lang}: focus kept`);
      // The map's own words follow: zoom buttons, credit, scale and names.
      assert.equal(await d.page.locator('.leaflet-control-zoom-in').getAttribute('title'), zoomIn[lang]);
      assert.equal(await d.page.locator('.leaflet-control-attribution').count(), 1);
      assert.equal(await d.page.locator('.leaflet-control-scale').count(), 1);
      const shusha = dataset.places.find((p) => p.name === 'Shusha');
      const name = shusha.names?.[lang] ?? 'Shusha';
      await d.page.waitForFunction((n) => [...document.querySelectorAll('.place-label')].some((e) => e.textContent === n), name);
    }
    assert.match(await d.page.locator('.leaflet-control-attribution').textContent(), /Outlines/);
    assert.doesNotMatch(await d.page.locator('.leaflet-control-attribution').textContent(), /Границы|Sərhədlər/);
    assert.deepEqual(fetched, [], 'no basemap file fetched again');
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('<html lang> is the asked language from the first paint to a failed load', async () => {
    const page = await session.browser.newPage({ locale: 'en-US' });
    // The app waits: what shows meanwhile is the page before the wasm.
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.goto(`${session.url}?lang=RU-ru&data=data/missing.json`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    release();
    await page.getByTestId('load-error').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    assert.match(await page.getByTestId('load-error').textContent(), /[а-я]/);
    await page.close();
  });

  test("without ?lang= the browser's language is used", async () => {
    const page = await session.browser.newPage({ locale: 'ru-RU' });
    const d = new Dashboard(page, session.url);
    await page.goto(session.url);
    await d.markerCount();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
    assert.equal(await page.getByTestId('filters-button').textContent(), 'Фильтры');
    await d.close();
  });
});

describe('keyboard only', () => {
  test('skip to the list, filter, open a record, reach its sources, Escape, and focus comes back', async () => {
    const d = await Dashboard.open(session, { width: 1280, height: 800 });
    await d.markerCount();
    // The first Tab reaches "Skip to the list", shown on focus.
    await d.page.keyboard.press('Tab');
    const skip = d.page.getByTestId('skip-link');
    assert.equal(await skip.evaluate((a) => a === document.activeElement), true);
    const box = await skip.boundingBox();
    assert.ok(box.y >= 0 && box.y < 100, 'visible when focused');
    // Filter by typing in the search box (Tab order: skip link, languages, then search).
    // The summary is announced once the typing stops, not once per keystroke.
    await d.page.evaluate(() => {
      window.announcements = 0;
      new MutationObserver(() => window.announcements++).observe(document.querySelector('[data-testid=summary-live]'), { childList: true, characterData: true, subtree: true });
    });
    await d.page.getByTestId('search').focus();
    await d.page.keyboard.type('Lachin', { delay: 60 });
    await d.page.waitForFunction(() => Number(document.querySelector('[data-testid=list-count]').textContent) > 0);
    await d.page.waitForFunction(() => document.querySelector('[data-testid=summary-live]').textContent === document.querySelector('[data-testid=summary]').textContent);
    assert.ok((await d.page.evaluate(() => window.announcements)) <= 2, 'announced once, not per keystroke');
    await skip.focus();
    await d.page.keyboard.press('Enter');
    assert.equal(await d.page.evaluate(() => document.activeElement?.id), 'list');
    // Tab into the list to the first record's button.
    for (let i = 0; i < 12; i++) {
      await d.page.keyboard.press('Tab');
      if (await d.page.evaluate(() => !!document.activeElement?.closest('tbody tr[data-record-id]'))) break;
    }
    const id = await d.page.evaluate(() => document.activeElement.closest('tr').dataset.recordId);
    await d.page.keyboard.press('Enter');
    await d.card().waitFor();
    assert.equal(await d.page.evaluate(() => document.activeElement?.id), 'card-title');
    // Tab through the card to a source link.
    for (let i = 0; i < 15; i++) {
      await d.page.keyboard.press('Tab');
      if (await d.page.evaluate(() => !!document.activeElement?.closest('[data-testid=card-sources]'))) break;
    }
    assert.ok(await d.page.evaluate(() => !!document.activeElement?.closest('[data-testid=card-sources] a')), 'a source link has focus');
    await d.page.keyboard.press('Escape');
    await d.page.waitForFunction(() => !document.querySelector('[data-testid=record-card]'));
    assert.equal(await d.page.evaluate(() => document.activeElement?.closest('tr')?.dataset.recordId), id, 'focus is back on the row');
    await d.close();
  });
});

describe('long labels', () => {
  test('in every language at 1280×800 the toolbar keeps to two lines and the timeline scrubber is on screen', async () => {
    for (const lang of ['az', 'ru', 'en']) {
      const d = await Dashboard.open(session, { width: 1280, height: 800, query: `?lang=${lang}` });
      await d.markerCount();
      const toolbar = await d.page.getByTestId('toolbar').boundingBox();
      assert.ok(toolbar.height <= 90, `${lang}: toolbar ${toolbar.height}px high`);
      const scrubber = await d.page.getByTestId('time-to').boundingBox();
      assert.ok(scrubber.y + scrubber.height <= 800, `${lang}: scrubber ends at ${scrubber.y + scrubber.height}px`);
      assert.equal(await d.page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
      await d.close();
    }
  });
});

describe('every control by keyboard', () => {
  for (const [width, height] of [[1280, 800], [360, 640]]) {
    test(`at ${width}×${height} each Tab stop shows a focus ring, and Tab goes round the page without getting stuck`, async () => {
      const d = await Dashboard.open(session, { width, height });
      await d.markerCount();
      const seen = [];
      const missing = [];
      for (let i = 0; i < 600; i++) {
        await d.page.keyboard.press('Tab');
        const stop = await d.page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const s = getComputedStyle(el);
          const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
          const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
          return { name, ring, first: el.matches('[data-testid=skip-link]') };
        });
        // Back at the start (or out to the browser and back): the page did not trap the focus.
        if (stop === null || (stop.first && seen.length > 0)) break;
        seen.push(stop.name);
        if (!stop.ring) missing.push(stop.name);
      }
      assert.ok(seen.length >= 20, `${seen.length} Tab stops: ${seen.join(' ')}`);
      assert.ok(seen.length < 600, 'Tab never came back round: a keyboard trap');
      assert.deepEqual([...new Set(missing)], []);
      await d.close();
    });
  }
});

describe('print and zoom', () => {
  test('on paper: filters and time written out, every visible record with its sources, no controls', async () => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    // axe needs a page from its own context.
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const d = new Dashboard(await context.newPage(), session.url);
    await d.page.goto(`${session.url}?cat=bank&to=2023-01`);
    await d.markerCount();
    const listed = Number(await d.page.getByTestId('list-count').textContent());
    await d.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await d.page.emulateMedia({ media: 'print' });
    const sheet = d.page.getByTestId('print-sheet');
    await sheet.waitFor();
    const text = await sheet.textContent();
    assert.match(text, /Category: Bank branch/);
    assert.match(text, /Status as of Jan 2023/);
    assert.equal(await sheet.locator('.print-records li').count(), listed);
    assert.match(text, /https:\/\//, 'sources are written out');
    // The legend's family rows are buttons on screen and its content on paper.
    assert.equal(await d.page.locator('button:visible:not(.legend-only), input:visible').count(), 0, 'no buttons or sliders on paper');
    assert.ok((await d.page.locator('.legend-only:visible').count()) > 0, 'the families are on paper');
    assert.equal(await d.map().isVisible(), true);
    assert.equal(await d.page.getByTestId('legend').getAttribute('open'), '');
    const result = await new AxeBuilder({ page: d.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(result.violations.map((v) => v.id), []);
    const pdf = await d.page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 4).toString(), '%PDF');
    assert.ok(pdf.length > 20_000, `${pdf.length} bytes`);
    await context.close();
  });

  test('at 200% zoom (1280×800 seen as 640×400) nothing scrolls sideways and axe finds nothing', async () => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const context = await session.browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const d = new Dashboard(page, session.url);
    await page.goto(`${session.url}?id=post-office-lachin`);
    await d.card().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 640, `${width}px wide`);
    // The card is not cut off: its close button is on screen.
    const close = await d.card().getByRole('button').first().boundingBox();
    assert.ok(close.x + close.width <= 640 && close.x >= 0);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    assert.deepEqual(result.violations.map((v) => v.id), []);
    await context.close();
  });
});

// The reader's journey without dead ends (issue 19): places in the reader's language, found by
// any of their names; a headline that counts what a search found; a search that finds nothing
// says so over the map.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Dashboard, pixels, shippedDataset, sharedSession } from './support.mjs';

const dataset = shippedDataset();
const session = sharedSession();
const place = (name) => dataset.places.find((p) => p.name === name);
const inTown = (name) => dataset.records.filter((r) => r.location.town === name);

describe('places in three languages', () => {
  for (const { lang, search, town } of [
    { lang: 'ru', search: 'Шуша', town: 'Shusha' },
    { lang: 'ru', search: 'Агдам', town: 'Aghdam' },
    { lang: 'ru', search: 'Степанакерт', town: 'Khankendi' },
    { lang: 'ru', search: 'Shusha', town: 'Shusha' },
    { lang: 'az', search: 'Ханкенди', town: 'Khankendi' },
    { lang: 'az', search: 'Ağdam', town: 'Aghdam' },
  ]) {
    test(`in ${lang}, "${search}" finds ${town}'s records and the page names it "${place(town).names[lang]}"`, async () => {
      const d = await Dashboard.open(session, { query: `?lang=${lang}` });
      await d.markerCount();
      await d.page.getByTestId('search').fill(search);
      const own = inTown(town).length;
      await d.page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid=list] tbody tr[data-record-id]:not(:has([data-testid=mentioned-in-notes]))').length >= Math.min(n, 10),
        own,
      );
      // The list's place column, and the headline, in the reader's language.
      const name = place(town).names[lang];
      const first = await d.page.locator('[data-testid=list] tbody tr[data-record-id] td').nth(1).textContent();
      assert.equal(first.trim(), name);
      const summary = await d.page.getByTestId('summary').textContent();
      assert.doesNotMatch(summary, /^0 /, summary);
      assert.equal(await d.page.getByTestId('no-match').count(), 0);
      // Its label on the map.
      await d.page.waitForFunction((n) => [...document.querySelectorAll('.place-label')].some((l) => l.textContent === n), name);
      assert.deepEqual(d.errors, []);
      await d.close();
    });
  }

  test('the card, the search examples and the district filter speak the reader\'s language', async () => {
    const record = inTown('Zabukh')[0];
    const d = await Dashboard.open(session, { query: `?lang=ru&id=${record.id}` });
    await d.card().waitFor();
    assert.match(await d.card().textContent(), /Забух, район: Лачин/);
    // A descriptive record name has its Russian form.
    assert.ok(record.name.ru && record.name.ru !== record.name.en);
    assert.equal((await d.card().locator('h2').textContent()).trim(), record.name.ru);
    assert.match(await d.page.getByTestId('search').getAttribute('placeholder'), /Шуша/);
    // The scale's units are Russian; notes, untranslated, are marked as English.
    assert.match(await d.page.locator('.leaflet-control-scale-line').textContent(), /^\d+ (км|м)$/);
    if (record.notes) assert.equal(await d.card().locator('.notes').getAttribute('lang'), 'en');
    await d.page.getByTestId('filters-button').click();
    const label = await d.page.locator('[data-facet=district][data-key=Lachin]').evaluate((i) => document.querySelector(`label[for="${i.id}"]`).textContent);
    assert.match(label, /Лачин/);
    assert.deepEqual(d.errors, []);
    await d.close();
  });
});

describe('the headline says what was found', () => {
  test('a search counts its direct matches and the notes-only ones apart', async () => {
    const d = await Dashboard.open(session, { query: '?cat=atm&cat=bank&cat=payment&q=%C5%9Eu%C5%9Fa' });
    await d.markerCount();
    const money = dataset.records.filter((r) => ['atm', 'bank', 'payment'].includes(r.category));
    const own = money.filter((r) => r.location.town === 'Shusha');
    await d.page.waitForFunction(() => /mentioned in notes/.test(document.querySelector('[data-testid=summary]').textContent));
    const summary = await d.page.getByTestId('summary').textContent();
    const [, open, planned] = summary.match(/^(\d+) services? open, (?:(\d+) planned, )?in (\d+) towns?/) ?? [];
    const mentioned = Number(summary.match(/\+(\d+) mentioned in notes\.$/)?.[1]);
    assert.equal(Number(open) + Number(planned ?? 0), own.length, summary);
    assert.match(summary, /in 1 town,/);
    const listed = await d.page.locator('[data-testid=list] tbody tr[data-record-id]').count();
    assert.equal(mentioned, listed - own.length, summary);
    assert.ok(mentioned > 0);
    await d.close();
  });

  test('a search that finds nothing says so over the map, and one click clears it', async () => {
    const d = await Dashboard.open(session, { width: 360, height: 640, query: '?lang=ru' });
    const all = await d.markerCount();
    await d.page.getByTestId('search').fill('zzzz qqqq');
    const notice = d.page.getByTestId('no-match');
    await notice.waitFor();
    assert.match(await notice.textContent(), /По запросу «zzzz qqqq» ничего не найдено/);
    // It is over the map, on the first screen.
    const box = await notice.boundingBox();
    const map = await d.map().boundingBox();
    assert.ok(box.y >= map.y && box.y + box.height <= map.y + map.height, JSON.stringify({ box, map }));
    await d.page.getByTestId('clear-search').click();
    await notice.waitFor({ state: 'detached' });
    assert.equal(await d.page.getByTestId('search').inputValue(), '');
    await d.page.waitForFunction((n) => Number(document.querySelector('[data-testid=map]').dataset.markerCount) === n, all);
    assert.equal(d.params().get('q'), null);
    await d.close();
  });
});

describe('the phone first screen', () => {
  for (const lang of ['en', 'az', 'ru']) {
    test(`at 360×640 in ${lang} the map starts within 160 px of the top and the title and summary are whole`, async () => {
      const page = await session.browser.newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
      const d = new Dashboard(page, `${session.url}?lang=${lang}`);
      await page.goto(d.url);
      await d.markerCount();
      const map = await d.map().boundingBox();
      assert.ok(map.y <= 160, `map at ${map.y} px`);
      assert.ok(map.y + map.height <= 640, `map ends at ${map.y + map.height} px`);
      // The title is cut to two lines on screen, whole in its tooltip and accessible name.
      const title = page.getByTestId('title');
      assert.equal(await title.getAttribute('title'), dataset.title[lang]);
      assert.equal((await title.textContent()).trim(), dataset.title[lang]);
      // The summary is not cut, and the quick filters follow the map, still reachable.
      const summary = await page.getByTestId('summary').evaluate((e) => e.scrollHeight <= e.clientHeight + 1);
      assert.ok(summary);
      const chip = await page.locator('.status-chip').first().boundingBox();
      assert.ok(chip.y >= map.y + map.height, `chips at ${chip.y}`);
      assert.deepEqual(d.errors, []);
      await d.close();
    });
  }
});

describe('every way to a record ends at its card, with its marker in view', () => {
  /** The selected marker's box, or the box of the cluster holding it, and the card's. */
  async function markerClearOfCard(d, id) {
    await d.card().waitFor();
    await d.page.waitForFunction((rid) => document.querySelector(`.svc-marker:has([data-record-id="${rid}"])`), id);
    await d.page.waitForTimeout(300);
    const marker = await d.marker(id).boundingBox();
    const card = await d.card().boundingBox();
    const map = await d.map().boundingBox();
    const view = d.page.viewportSize();
    const cx = marker.x + marker.width / 2;
    const cy = marker.y + marker.height / 2;
    assert.ok(cx >= map.x && cx <= map.x + map.width && cy >= map.y && cy <= map.y + map.height, `marker ${cx},${cy} outside the map`);
    assert.ok(cy >= 0 && cy <= view.height, `marker at ${cy} off screen`);
    const underCard = cx >= card.x && cx <= card.x + card.width && cy >= card.y && cy <= card.y + card.height;
    assert.ok(!underCard, `marker ${cx},${cy} under the card ${JSON.stringify(card)}`);
    const top = card.y;
    assert.ok(top >= 0 && top < view.height, `card at ${top}`);
  }

  test('from the list on a phone: the map comes back with the card and the marker clear of it', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const d = new Dashboard(page, session.url);
    await page.goto(d.url);
    await d.markerCount();
    await page.getByTestId('show-list').click();
    const row = page.locator('[data-testid=list] tbody tr[data-record-id]').nth(3);
    const id = await row.getAttribute('data-record-id');
    await row.locator('button.link').click();
    assert.equal(d.params().get('id'), id);
    assert.equal(await page.getByTestId('show-map').getAttribute('aria-pressed'), 'true');
    await markerClearOfCard(d, id);
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('from the list on a desktop: the page scrolls up to the card and the marker', async () => {
    const d = await Dashboard.open(session, { width: 1280, height: 800 });
    await d.markerCount();
    const row = d.page.locator('[data-testid=list] tbody tr[data-record-id]').nth(5);
    await row.scrollIntoViewIfNeeded();
    const id = await row.getAttribute('data-record-id');
    assert.ok(await d.page.evaluate(() => window.scrollY) > 300);
    await row.locator('button.link').click();
    await markerClearOfCard(d, id);
    const heading = await d.card().locator('h2').boundingBox();
    assert.ok(heading.y >= 0, `card heading at ${heading.y}`);
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('from the place sheet on a phone: the record\'s own marker shows clear of the card', async () => {
    const shusha = place('Shusha');
    const page = await session.browser.newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const d = new Dashboard(page, `${session.url}?lat=${shusha.lat}&lon=${shusha.lon}&z=12`);
    await page.goto(d.url);
    await d.markerCount();
    await page.locator('.svc-cluster[title^="Shusha:"]').click();
    const sheet = page.getByTestId('place-list');
    await sheet.waitFor();
    const button = sheet.locator('button[data-record-id]').nth(4);
    const id = await button.getAttribute('data-record-id');
    await button.click();
    await markerClearOfCard(d, id);
    await d.close();
  });

  test('from search on a desktop: a found record\'s row opens its card with its marker in view', async () => {
    const record = dataset.records.find((r) => r.id === 'school-4-khankendi');
    const d = await Dashboard.open(session, { width: 1280, height: 800 });
    await d.markerCount();
    await d.page.getByTestId('search').fill(record.name.en);
    const row = d.page.locator(`[data-testid=list] tbody tr[data-record-id="${record.id}"] button.link`);
    await row.click();
    await markerClearOfCard(d, record.id);
    await d.close();
  });

  test('from a link, on a phone', async () => {
    const record = dataset.records.find((r) => r.id === 'school-4-khankendi');
    const page = await session.browser.newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const d = new Dashboard(page, `${session.url}?id=${record.id}`);
    await page.goto(d.url);
    await markerClearOfCard(d, record.id);
    await d.close();
  });
});

describe('Play shows change', () => {
  test('a chosen month names what changed in it and marks it on the map; speed cycles; Whole region resets the view', async () => {
    const d = await Dashboard.open(session, { query: '?to=2021-01' });
    await d.markerCount();
    const caption = d.page.getByTestId('change-caption');
    await d.page.waitForFunction(() => document.querySelector('[data-testid=change-caption]').textContent.length > 0);
    const text = await caption.textContent();
    const [, name, more] = text.match(/^Jan 2021: (.+?), [^,]+ — (?:opened|planned|closed)(?:; \+(\d+) more)?$/) ?? [];
    assert.ok(name, text);
    const named = dataset.records.find((r) => r.name.en === name && r.status.some((s) => s.date?.startsWith('2021-01')));
    assert.ok(named, `${name} changed in January 2021`);
    assert.equal(await caption.getAttribute('aria-live'), 'polite');
    assert.ok(Number(more ?? 0) >= 0);
    assert.ok((await d.page.locator('.is-changed').count()) > 0, 'nothing marked as changed');
    // The month before the first record: nothing changed, no caption, nothing marked.
    await d.page.getByTestId('step-forward').click();
    await d.page.waitForFunction(() => /^Feb 2021/.test(document.querySelector('[data-testid=change-caption]').textContent) || document.querySelector('[data-testid=change-caption]').classList.contains('is-hidden'));
    // Speed: 1×, 2×, 4×, and round again.
    const speed = d.page.getByTestId('speed');
    for (const want of ['2×', '4×', '1×']) {
      await speed.click();
      assert.equal(await speed.textContent(), want);
    }
    // Whole region: after a search moved the map to one town, every record is drawn again.
    await d.page.getByTestId('search').fill('Aghdam');
    await d.page.getByTestId('search').fill('');
    await d.page.locator('[data-testid=time-to]').fill(String(await d.page.locator('[data-testid=time-to]').getAttribute('max')));
    const mapped = dataset.records.filter((r) => r.location.lat != null).length;
    await d.page.waitForFunction((n) => Number(document.querySelector('[data-testid=map]').dataset.markerCount) < n, mapped);
    await d.page.getByTestId('whole-region').click();
    await d.page.waitForFunction((n) => Number(document.querySelector('[data-testid=map]').dataset.markerCount) === n, mapped);
    assert.equal(d.params().get('lat'), null);
    assert.deepEqual(d.errors, []);
    await d.close();
  });
});

describe('focus returns where it came from', () => {
  const active = (d) => d.page.evaluate(() => {
    const a = document.activeElement;
    return a === document.body || !a ? 'body' : a.dataset.testid || a.className?.baseVal || a.className;
  });

  test('Escape in the Embed panel gives focus back to its button', async () => {
    const d = await Dashboard.open(session);
    await d.markerCount();
    await d.page.getByTestId('embed-button').click();
    await d.page.getByTestId('embed-code').focus();
    await d.page.keyboard.press('Escape');
    await d.page.getByTestId('embed-panel').waitFor({ state: 'detached' });
    assert.equal(await active(d), 'embed-button');
    await d.close();
  });

  test('on a phone, the place sheet and a card opened from it give focus back to the place', async () => {
    const record = dataset.records.find((r) => r.id === 'kapital-bank-atm-shusha');
    const d = await Dashboard.open(session, { width: 360, height: 640, query: `?lat=${record.location.lat}&lon=${record.location.lon}&z=12` });
    await d.markerCount();
    const stack = await d.centralCluster();
    await stack.focus();
    await d.page.keyboard.press('Enter');
    const sheet = d.page.getByTestId('place-list');
    await sheet.waitFor();
    // It leads with the place's summary at the month shown.
    assert.match(await d.page.getByTestId('place-summary').textContent(), /^Shusha: \d+ open(, \d+ planned)?/);
    // The sheet takes focus, and Escape gives it back to the place's marker.
    await d.page.waitForFunction(() => !!document.activeElement?.closest('[data-testid=place-list]'));
    await d.page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    assert.match(await active(d), /svc-cluster|leaflet-marker-icon/);
    // Again, this time opening a record: closing its card returns to the place, not the body.
    await d.page.keyboard.press('Enter');
    await sheet.waitFor();
    await sheet.locator(`button[data-record-id="${record.id}"]`).click();
    await d.card().waitFor();
    await d.card().press('Escape');
    await d.card().waitFor({ state: 'detached' });
    assert.notEqual(await active(d), 'body');
    assert.ok(await d.page.evaluate(() => !!document.activeElement?.closest('[data-testid=map]')), 'focus is on the map or a marker in it');
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  for (const [width, height] of [[1280, 800], [360, 640]]) {
    test(`at ${width}×${height} a focused family chip's ring is not clipped by its scrolling row`, async () => {
      const d = await Dashboard.open(session, { width, height, query: '?lang=ru' });
      await d.markerCount();
      const chip = d.page.locator('.chip-group.families .chip').first();
      await chip.focus();
      await d.page.keyboard.press('Shift+Tab');
      await d.page.keyboard.press('Tab');
      const fits = await chip.evaluate((c) => {
        const style = getComputedStyle(c);
        const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        const b = c.getBoundingClientRect();
        // The nearest ancestor that clips.
        let row = c.parentElement;
        while (row && getComputedStyle(row).overflowX === 'visible') row = row.parentElement;
        if (!row) return { ok: true };
        const r = row.getBoundingClientRect();
        return { ok: b.top - reach >= r.top - 0.5 && b.bottom + reach <= r.bottom + 0.5 && b.left - reach >= r.left - 0.5, reach, b: [b.top, b.bottom], r: [r.top, r.bottom] };
      });
      assert.ok(fits.ok, JSON.stringify(fits));
      await d.close();
    });
  }
});

describe('print', () => {
  /** Mean luminance (0–1) of a PNG, decoded by the browser. */
  async function luminance(context, png) {
    const px = await pixels(context, png);
    let sum = 0;
    for (let i = 0; i < px.length; i += 4) sum += (0.2126 * px[i] + 0.7152 * px[i + 1] + 0.0722 * px[i + 2]) / 255;
    return sum / (px.length / 4);
  }

  test('A4 from a filtered view in dark mode: every record on the map, light colours, dated list, no UI words', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
    const d = new Dashboard(await context.newPage(), session.url);
    await d.page.goto(`${session.url}?cat=atm&cat=bank&cat=payment&to=2022-06`);
    const drawn = await d.markerCount();
    const screenMap = await luminance(context, await d.map().screenshot());
    assert.ok(screenMap < 0.45, `the screen map is dark (${screenMap.toFixed(2)})`);
    // The records the filters leave, all in view at the first (whole-region) view.
    const expected = Number(await d.map().getAttribute('data-marker-count'));
    assert.ok(expected > 10 && expected === drawn);
    const before = await d.page.evaluate(() => location.search);

    await d.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await d.page.emulateMedia({ media: 'print' });
    await d.page.getByTestId('print-sheet').waitFor();
    await d.page.waitForTimeout(300);
    // Every record the filters leave is drawn inside the printed map's frame.
    const inside = await d.page.evaluate(() => {
      const map = document.querySelector('[data-testid=map]').getBoundingClientRect();
      const within = (e) => {
        const b = e.getBoundingClientRect();
        const x = b.left + b.width / 2;
        const y = b.top + b.height / 2;
        return x >= map.left && x <= map.right && y >= map.top && y <= map.bottom;
      };
      const singles = [...document.querySelectorAll('.svc-marker')].filter(within).length;
      const grouped = [...document.querySelectorAll('.svc-cluster')].filter(within)
        .reduce((n, c) => n + Number(c.querySelector('svg').getAttribute('data-cluster-size')), 0);
      return { count: singles + grouped, width: map.width, height: map.height };
    });
    assert.equal(inside.count, expected, JSON.stringify(inside));
    // Light colours whatever the reader's mode.
    const paperMap = await luminance(context, await d.map().screenshot());
    assert.ok(paperMap > 0.7, `the printed map is light (${paperMap.toFixed(2)})`);
    const ink = await d.page.evaluate(() => getComputedStyle(document.querySelector('h1')).color);
    const [r, g, b] = ink.match(/\d+/g).map(Number);
    assert.ok(r + g + b < 200, `headings print dark: ${ink}`);
    // The printed list has each record's date; no UI words reach the paper.
    const lines = await d.page.locator('[data-testid=print-sheet] .print-records li').allTextContents();
    assert.ok(lines.length >= expected);
    for (const line of lines) assert.match(line, /\(((\d{1,2} )?\p{L}+\.? )?\d{4}\)|\(date not given\)/u, line);
    assert.equal(await d.page.locator('.legend summary').isVisible(), false);
    // The legend names every family on paper (its rows are buttons on screen).
    const families = d.page.locator('.legend-only');
    assert.ok((await families.count()) > 0);
    for (const family of await families.all()) assert.equal(await family.isVisible(), true);
    assert.equal(await d.page.locator('.legend-add').first().isVisible(), false);
    const subhead = await d.page.locator('.subhead span').evaluate((s) => s.scrollWidth <= s.clientWidth + 1);
    assert.ok(subhead, 'the subhead is not cut with "…"');
    const pdf = await d.page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 4).toString(), '%PDF');

    // After printing, the reader's view is as it was.
    await d.page.emulateMedia({ media: 'screen' });
    await d.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await d.page.waitForTimeout(200);
    assert.equal(await d.page.evaluate(() => location.search), before);
    assert.equal(await d.page.evaluate(() => document.documentElement.classList.contains('is-printing')), false);
    assert.deepEqual(d.errors, []);
    await context.close();
  });
});

describe('targets on a phone', () => {
  for (const lang of ['en', 'ru']) {
    test(`at 360×640 (${lang}) every control, the card's source links and a marker's hit area are at least 44 px`, async () => {
      const record = dataset.records.find((r) => r.id === 'kapital-bank-atm-shusha');
      const d = await Dashboard.open(session, { width: 360, height: 640, query: `?lang=${lang}&id=${record.id}` });
      await d.card().waitFor();
      const small = await d.page.evaluate(() => {
        const visible = (e) => {
          const b = e.getBoundingClientRect();
          const s = getComputedStyle(e);
          return b.width > 0 && b.height > 0 && s.visibility !== 'hidden' && b.bottom > 0 && b.top < innerHeight;
        };
        // The attribution's links are words in a line of text (WCAG 2.5.8's inline exception).
        const controls = [...document.querySelectorAll('button, input, select, summary, .leaflet-control a:not(.leaflet-control-attribution a), [data-testid=record-card] .sources a, .correction a')]
          .filter((e) => visible(e) && !e.closest('.details, .visually-hidden'));
        return controls
          .map((e) => ({ e, b: e.getBoundingClientRect() }))
          .filter(({ b }) => b.width < 43.5 || b.height < 43.5)
          .map(({ e, b }) => `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 20)}" ${Math.round(b.width)}×${Math.round(b.height)}`);
      });
      assert.deepEqual(small, []);
      // A record with no other within about 5 km, seen close: a tap anywhere in 44 px around
      // its marker's centre reaches it.
      const mapped = dataset.records.filter((r) => Number.isFinite(r.location.lat));
      const lone = mapped.find((r) => mapped.every((o) => o === r || Math.hypot(o.location.lat - r.location.lat, o.location.lon - r.location.lon) > 0.05));
      assert.ok(lone, 'a record stands alone');
      await d.page.goto(`${session.url}?lang=${lang}&lat=${lone.location.lat}&lon=${lone.location.lon}&z=12`);
      await d.markerCount();
      const missed = await d.page.evaluate(() => {
        const markers = [...document.querySelectorAll('.svc-marker')];
        const centre = (m) => { const b = m.getBoundingClientRect(); return [b.left + b.width / 2, b.top + b.height / 2]; };
        const map = document.querySelector('[data-testid=map]').getBoundingClientRect();
        const inside = markers.filter((m) => { const [x, y] = centre(m); return x > map.left + 30 && x < map.right - 30 && y > map.top + 30 && y < map.bottom - 30; });
        let best = null;
        for (const m of inside) {
          const [x, y] = centre(m);
          const gap = Math.min(Infinity, ...[...document.querySelectorAll('.svc-marker, .svc-cluster')].filter((o) => o !== m).map((o) => { const [a, b] = centre(o); return Math.hypot(a - x, b - y); }));
          if (!best || gap > best.gap) best = { m, gap, x, y };
        }
        if (!best || best.gap < 50) return `no lone marker (${best?.gap})`;
        return [[-20, 0], [20, 0], [0, -20], [0, 20]]
          .filter(([dx, dy]) => document.elementFromPoint(best.x + dx, best.y + dy)?.closest('.leaflet-marker-icon') !== best.m)
          .map((p) => p.join(','));
      });
      assert.deepEqual(missed, []);
      await d.close();
    });
  }
});

describe('one finger scrolls the full page', () => {
  test('at 360×640 with touch, a one-finger swipe over the map scrolls the page, says two fingers move the map, and leaves the map where it was', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const d = new Dashboard(page, session.url);
    await page.goto(session.url);
    await d.markerCount();
    const box = await d.map().boundingBox();
    const cdp = await page.context().newCDPSession(page);
    const x = box.x + box.width / 2;
    const y0 = box.y + box.height - 20;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] });
    let hinted = false;
    for (let k = 1; k <= 10; k++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 - k * 15 }] });
      hinted ||= await page.evaluate(() => !!document.querySelector('.gesture-hint.is-showing'));
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(400);
    assert.ok(await page.evaluate(() => scrollY) > 40, 'the page scrolled');
    assert.ok(hinted, 'the two-finger hint showed');
    assert.equal(d.params().get('lat'), null, 'the map did not move');
    assert.deepEqual(d.errors, []);
    await d.close();
  });
});

describe('nothing over the markers', () => {
  for (const [width, height, lang] of [[1280, 800, 'en'], [360, 640, 'ru'], [360, 640, 'az']]) {
    test(`at ${width}×${height} (${lang}) the first view and "Whole region" leave every marker clear of the map's controls, legend and inset`, async () => {
      const d = await Dashboard.open(session, { width, height, query: `?lang=${lang}` });
      await d.markerCount();
      const covered = () => d.page.evaluate(() => {
        const map = document.querySelector('[data-testid=map]');
        const over = [...map.querySelectorAll('.leaflet-control'), ...map.closest('.stage').querySelectorAll('.legend, .locator, .whole-region')]
          .map((e) => ({ name: e.className, b: e.getBoundingClientRect() }))
          .filter(({ b }) => b.width > 0 && b.height > 0);
        return [...document.querySelectorAll('.svc-marker, .svc-cluster')].flatMap((m) => {
          const r = m.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          return over.filter(({ b }) => x > b.left && x < b.right && y > b.top && y < b.bottom)
            .map(({ name }) => `${m.className} under ${name}`);
        });
      });
      assert.deepEqual(await covered(), []);
      await d.page.locator('.leaflet-control-zoom-in').click();
      await d.page.waitForTimeout(400);
      await d.page.getByTestId('whole-region').click();
      await d.page.waitForTimeout(300);
      assert.deepEqual(await covered(), []);
      await d.close();
    });
  }
});

describe('an opened place stays whole', () => {
  test('a place near the map\'s top edge opens its spider fully inside the map', async () => {
    const shusha = place('Shusha');
    const d = await Dashboard.open(session, { width: 1280, height: 800, query: `?lat=${(shusha.lat - 0.027).toFixed(4)}&lon=${shusha.lon}&z=13` });
    await d.markerCount();
    const stack = d.page.locator('.svc-cluster[title^="Shusha:"]');
    await stack.click();
    await d.page.waitForFunction(() => document.querySelectorAll('.svc-marker').length > 5);
    await d.page.waitForTimeout(300);
    const outside = await d.page.evaluate(() => {
      const map = document.querySelector('[data-testid=map]').getBoundingClientRect();
      return [...document.querySelectorAll('.svc-marker svg')].filter((s) => {
        const b = s.getBoundingClientRect();
        return b.top < map.top || b.bottom > map.bottom || b.left < map.left || b.right > map.right;
      }).map((s) => s.dataset.recordId);
    });
    assert.deepEqual(outside, []);
    await d.close();
  });
});

describe('names beside clusters', () => {
  // Each shown place name, and the marker or cluster nearest its point: a cluster it stands
  // beside is one that place leads (its title starts with the name).
  const beside = (page) => page.evaluate(() => {
    const middle = (e) => { const b = e.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; };
    const marks = [...document.querySelectorAll('.svc-marker, .svc-cluster')].map((e) => ({ ...middle(e), title: e.title, cluster: e.classList.contains('svc-cluster') }));
    return [...document.querySelectorAll('.place-label:not(.label-hidden)')].map((l) => {
      const at = middle(l);
      const near = marks.reduce((a, m) => (Math.hypot(m.x - at.x, m.y - at.y) < Math.hypot(a.x - at.x, a.y - at.y) ? m : a));
      return { name: l.textContent, cluster: near.cluster, title: near.title, off: Math.hypot(near.x - at.x, near.y - at.y) };
    });
  });
  for (const [width, height, lang] of [[1280, 800, 'en'], [360, 640, 'en'], [360, 640, 'ru'], [1280, 800, 'az']]) {
    test(`at ${width}×${height} in ${lang}, no cluster wears a neighbour's name`, async () => {
      const d = await Dashboard.open(session, { width, height, query: `?lang=${lang}` });
      await d.markerCount();
      await d.page.waitForTimeout(300);
      const names = await beside(d.page);
      assert.ok(names.length >= 5, JSON.stringify(names));
      for (const n of names.filter((n) => n.cluster)) {
        assert.ok(n.title.startsWith(n.name + ':') || n.title.startsWith(n.name + ' '), `${n.name} beside "${n.title}"`);
        // Written at the cluster itself, not at the place's own point nearby.
        assert.ok(n.off < 1, `${n.name} is ${n.off} px from its cluster`);
      }
      if (width > 1000) {
        // With room to spare, every cluster is named.
        const clusters = await d.page.locator('.svc-cluster').evaluateAll((c) => c.map((e) => e.title));
        const named = names.filter((n) => n.cluster).map((n) => n.title);
        assert.deepEqual(clusters.filter((t) => !named.includes(t)), []);
      }
      assert.deepEqual(d.errors, []);
      await d.close();
    });
  }
});

describe('a place summary', () => {
  test('clicking a town\'s name on the map opens its summary at the month shown, with its records', async () => {
    const shusha = place('Shusha');
    const d = await Dashboard.open(session, { width: 1280, height: 800, query: `?lat=${shusha.lat}&lon=${shusha.lon}&z=12&to=2023-06` });
    await d.markerCount();
    const label = d.page.locator('.place-label:not(.label-hidden) span', { hasText: /^Shusha$/ });
    await label.click();
    const sheet = d.page.getByTestId('place-list');
    await sheet.waitFor();
    const summary = await d.page.getByTestId('place-summary').textContent();
    const [, open, planned] = summary.match(/^Shusha: (\d+) open(?:, (\d+) planned)?/) ?? [];
    assert.ok(open, summary);
    const listed = await sheet.locator('button[data-record-id]').count();
    assert.equal(listed, Number(open) + Number(planned ?? 0) + Number(summary.match(/(\d+) closed/)?.[1] ?? 0));
    for (const id of await sheet.locator('button[data-record-id]').evaluateAll((b) => b.map((x) => x.dataset.recordId))) {
      assert.equal(dataset.records.find((r) => r.id === id).location.town, 'Shusha');
    }
    await d.close();
  });
});

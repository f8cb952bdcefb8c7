// A reader questions the data: filters, search, time, list, selection, and a link that
// reopens exactly the same view.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { asOfLabel, Dashboard, mappedRecords, shippedDataset, sharedSession } from './support.mjs';

const dataset = shippedDataset();
const session = sharedSession();

/** What every part of the page says about the current view. */
async function snapshot(d) {
  await d.page.waitForTimeout(50);
  return {
    markers: await d.markerCount(),
    drawn: await d.drawnRecords(),
    list: Number(await d.page.getByTestId('list-count').textContent()),
    rows: await d.page.locator('[data-testid=list] tbody tr[data-record-id]').count(),
    summary: await d.page.getByTestId('summary').textContent(),
    histogram: await d.page.getByTestId('histogram').getAttribute('aria-label'),
  };
}

/** Case- and diacritic-insensitive text, as the app folds it. */
const fold = (text) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('ə', 'e').replaceAll('ı', 'i');

const listColumn = (d, n) =>
  d.page.locator(`[data-testid=list] tbody tr[data-record-id] > :nth-child(${n})`).evaluateAll((cells) => cells.map((c) => c.textContent.trim()));

describe('a reader exploring the data', () => {
  test('filters to banks, searches Şuşa, goes back to January 2021, picks a record, and shares the link', async () => {
    const d = await Dashboard.open(session);
    const start = await snapshot(d);
    assert.equal(start.markers, mappedRecords(dataset).length);
    assert.equal(start.list, dataset.records.length);

    // Filter to banks: map, list, histogram and summary all change together.
    const banks = dataset.records.filter((r) => r.category === 'bank');
    await d.page.locator('[data-facet=category][data-key=bank]').check();
    await d.page.waitForFunction((n) => document.querySelector('[data-testid=list-count]').textContent === String(n), banks.length);
    const filtered = await snapshot(d);
    assert.equal(filtered.list, banks.length);
    assert.equal(filtered.rows, banks.length);
    assert.equal(filtered.markers, mappedRecords({ records: banks }).length);
    assert.equal(filtered.drawn, filtered.markers);
    assert.notEqual(filtered.summary, start.summary);
    assert.notEqual(filtered.histogram, start.histogram);
    assert.deepEqual([...new Set(await listColumn(d, 2))], ['Bank branch']);
    assert.deepEqual(d.params().getAll('cat'), ['bank']);

    // Search in Azerbaijani spelling: the banks in Shusha, and those whose notes name it.
    await d.page.getByTestId('search').fill('Şuşa');
    const shusha = dataset.places.find((p) => p.name === 'Shusha');
    const spellings = [shusha.name, ...Object.values(shusha.names ?? {}), ...(shusha.other_names ?? [])].map(fold);
    const text = (r) => fold([r.name.en, r.operator ?? '', r.location.town, r.location.district ?? '', r.notes ?? ''].join(' '));
    const found = banks.filter((r) => spellings.some((s) => text(r).includes(s)));
    assert.ok(found.some((r) => r.location.town === 'Shusha') && found.length < banks.length);
    await d.page.waitForFunction((n) => document.querySelector('[data-testid=list-count]').textContent === String(n), found.length);
    // Search is a locator: Shusha's own records first, the rest marked as mentions in notes.
    const listed = await listColumn(d, 3);
    const mention = ' mentioned in notes';
    assert.deepEqual(new Set(listed.map((t) => t.replace(mention, ''))), new Set(found.map((r) => r.location.town)));
    const firstMention = listed.findIndex((t) => t.endsWith(mention));
    assert.ok(firstMention > 0, listed.join());
    assert.ok(listed.slice(0, firstMention).every((t) => t === 'Shusha'), listed.join());
    assert.ok(listed.slice(firstMention).every((t) => t.endsWith(mention)), listed.join());
    const inShusha = mappedRecords({ records: found.filter((r) => r.location.town === 'Shusha') }).length;
    await d.page.waitForFunction((n) => Number(document.querySelector('[data-testid=map]').dataset.markerCount) >= n, inShusha);
    assert.equal(d.params().get('q'), 'Şuşa');
    assert.ok(await d.page.locator('[data-testid=list] tbody tr[data-record-id].is-match').count() === found.length);

    // Drag the end of the timeline back to January 2021 (keyboard on the slider).
    const to = d.page.getByTestId('time-to');
    await to.focus();
    await d.page.keyboard.press('Home');
    while ((await d.page.getByTestId('to-label').textContent()) !== 'Jan 2021') await d.page.keyboard.press('ArrowRight');
    assert.equal(d.params().get('to'), '2021-01');
    // Every bank found was announced by January 2021 and none had opened yet.
    // The headline counts Shusha's own and sets the notes-only matches apart.
    const byJanuary = found.filter((r) => r.status[0].date <= '2021-01-31');
    const own = byJanuary.filter((r) => r.location.town === 'Shusha').length;
    assert.equal(
      await d.page.getByTestId('summary').textContent(),
      `0 services open, ${own} planned, in 1 town, as of Jan 2021; +${byJanuary.length - own} mentioned in notes.`,
    );
    assert.deepEqual([...new Set(await listColumn(d, 4))], ['Planned']);

    // Select a record from the list: card, marker and URL follow.
    const pick = dataset.records.find((r) => r.id === 'central-bank-branch-shusha');
    await d.page.locator(`[data-testid=list] tr[data-record-id="${pick.id}"] button`).click();
    await d.card().waitFor();
    assert.equal(await d.card().getAttribute('data-record-id'), pick.id);
    await d.page.waitForSelector(`.svc-marker.is-selected:has([data-record-id="${pick.id}"])`);
    assert.equal(await d.page.locator(`tr[data-record-id="${pick.id}"]`).getAttribute('aria-selected'), 'true');
    assert.equal(d.params().get('id'), pick.id);
    const before = await snapshot(d);

    // The copied link reopens exactly this view.
    const link = d.page.url();
    const again = await Dashboard.open(session, { query: link.slice(session.url.length) });
    await again.card().waitFor();
    const after = await snapshot(again);
    assert.deepEqual(after, before);
    assert.equal(await again.page.getByTestId('search').inputValue(), 'Şuşa');
    assert.ok(await again.page.locator('[data-facet=category][data-key=bank]').isChecked());
    assert.equal(await again.page.getByTestId('to-label').textContent(), 'Jan 2021');
    assert.equal(await again.card().getAttribute('data-record-id'), pick.id);
    assert.deepEqual(again.errors, []);
    await again.close();

    // Back undoes the selection, then the time change.
    await d.page.goBack();
    await d.page.waitForFunction(() => !document.querySelector('[data-testid=record-card]'));
    assert.equal(await d.page.getByTestId('to-label').textContent(), 'Jan 2021');
    await d.page.goBack();
    await d.page.waitForFunction((label) => document.querySelector('[data-testid=to-label]').textContent === label, asOfLabel(dataset));
    assert.equal(await d.page.getByTestId('search').inputValue(), 'Şuşa');
    await d.page.goForward();
    await d.page.waitForFunction(() => document.querySelector('[data-testid=to-label]').textContent === 'Jan 2021');

    // Reset brings everything back.
    await d.page.getByTestId('reset').click();
    await d.page.waitForFunction((n) => document.querySelector('[data-testid=list-count]').textContent === String(n), start.list);
    // The map stays where the selection took it, so it may draw fewer records than the
    // fitted start; everything else is back.
    const reset = await snapshot(d);
    assert.ok(reset.markers > 0 && reset.markers <= start.markers);
    assert.deepEqual({ ...reset, drawn: 0, markers: 0 }, { ...start, drawn: 0, markers: 0 });
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('status is computed at the chosen month: Shusha DOST centre is planned in 2023 and open in 2025', async () => {
    const d = await Dashboard.open(session, { query: '?to=2023-06&id=dost-centre-shusha' });
    await d.card().waitFor();
    assert.equal(await d.card().getByTestId('card-status').textContent(), 'Planned');
    await d.close();
    const later = await Dashboard.open(session, { query: '?to=2025-01&id=dost-centre-shusha' });
    await later.card().waitFor();
    assert.equal(await later.card().getByTestId('card-status').textContent(), 'Opened');
    await later.close();
  });

  test('year-only and undated openings are not put in a month of the histogram', async () => {
    const d = await Dashboard.open(session);
    await d.markerCount();
    const extra = await d.page.getByTestId('histogram-extra').textContent();
    const firstOpenings = dataset.records.map((r) => r.status.find((c) => c.status === 'opened')).filter(Boolean);
    const yearOnly = new Map();
    for (const c of firstOpenings.filter((c) => c.date?.length === 4)) yearOnly.set(c.date, (yearOnly.get(c.date) ?? 0) + 1);
    assert.ok(yearOnly.size > 0, 'the dataset has openings known only to the year');
    for (const [year, n] of yearOnly) assert.match(extra, new RegExp(`${year}: ${n} known only to the year`));
    assert.match(extra, new RegExp(`${firstOpenings.filter((c) => !c.date).length} undated`));
    await d.close();
  });

  test('facet counts follow the other filters', async () => {
    const d = await Dashboard.open(session, { query: '?status=planned' });
    await d.markerCount();
    const count = (facet, key) => d.page.locator(`label[for=${facet}]`).locator('.count').textContent();
    const bankId = await d.page.locator('[data-facet=category][data-key=bank]').getAttribute('id');
    const planned = dataset.records.filter((r) => r.category === 'bank' && r.status.at(-1).status === 'planned').length;
    assert.equal(Number(await count(bankId)), planned);
    await d.close();
  });

  test('unknown or malformed parameters are ignored and the page still works', async () => {
    const d = await Dashboard.open(session, {
      query: '?from=2021-13&to=tomorrow&z=999&lat=1e400&cat=spaceport&status=opend&id=%3Cscript%3E&q=' + 'x'.repeat(5000),
    });
    assert.equal(await d.markerCount(), mappedRecords(dataset).length);
    assert.equal(await d.page.getByTestId('search').inputValue(), '');
    assert.equal(await d.card().count(), 0);
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('the map position is kept in the link', async () => {
    const d = await Dashboard.open(session, { query: '?lat=39.7583&lon=46.7483&z=12' });
    await d.markerCount();
    await d.page.locator('.leaflet-control-zoom-out').click();
    await d.page.waitForFunction(() => new URL(location.href).searchParams.get('z') === '11');
    assert.equal(d.params().get('lat'), '39.7583');
    await d.close();
  });
});

describe('time and clusters', () => {
  test('play steps the status date month by month and pause stops it', async () => {
    const d = await Dashboard.open(session);
    await d.markerCount();
    const label = d.page.getByTestId('to-label');
    assert.equal(await label.textContent(), asOfLabel(dataset));
    await d.page.getByTestId('play').click();
    await d.page.waitForFunction(() => document.querySelector('[data-testid=to-label]').textContent === 'Feb 2021');
    await d.page.getByTestId('play').click();
    const paused = await label.textContent();
    await d.page.waitForTimeout(1600);
    assert.equal(await label.textContent(), paused);
    assert.equal(await d.page.getByTestId('play').getAttribute('aria-pressed'), 'false');
    await d.close();
  });

  test('under reduced motion there is no animation, only a step button', async () => {
    const page = await session.browser.newPage({ reducedMotion: 'reduce' });
    const d = new Dashboard(page, session.url);
    await page.goto(`${session.url}?to=2021-01`);
    await d.markerCount();
    assert.equal(await page.getByTestId('play').count(), 0);
    await page.getByTestId('step').click();
    assert.equal(await page.getByTestId('to-label').textContent(), 'Feb 2021');
    await d.close();
  });

  test('clusters recount as filters and the timeline change', async () => {
    const [lat, lon] = [39.7583, 46.7483];
    const atShusha = dataset.records.filter((r) => r.location.lat === lat && r.location.lon === lon);
    const size = async (d) => Number(await (await d.centralCluster()).locator('svg').getAttribute('data-cluster-size'));
    const camera = `lat=${lat}&lon=${lon}&z=11`;
    const all = await Dashboard.open(session, { query: `?${camera}` });
    await all.markerCount();
    assert.equal(await size(all), atShusha.length);
    await all.page.locator('[data-facet=category][data-key=bank]').check();
    const banks = atShusha.filter((r) => r.category === 'bank');
    // Zoomed in on Shusha, the map draws only what is in view (plus a margin), so wait for
    // the filter to reach the list, then for the cluster to recount.
    await all.page.waitForFunction((n) => document.querySelector('[data-testid=list-count]').textContent === String(n), dataset.records.filter((r) => r.category === 'bank').length);
    await all.page.waitForFunction((n) => [...document.querySelectorAll('.svc-cluster svg')].some((s) => s.getAttribute('data-cluster-size') === String(n)), banks.length);
    assert.equal(await size(all), banks.length);
    assert.match(await (await all.centralCluster()).getAttribute('title'), new RegExp(`^Shusha: ${banks.length} records here: ${banks.length} Bank branch;`));
    await all.close();
    const early = await Dashboard.open(session, { query: `?${camera}&cat=bank&to=2020-12` });
    await early.markerCount();
    const byDecember = banks.filter((r) => r.status[0].date.slice(0, 7) <= '2020-12');
    assert.equal(await size(early), byDecember.length);
    await early.close();
  });
});

describe("the reader's moves win", () => {
  // Regression (issue 7): with a card open, every redraw panned the selected marker back into
  // view and zoomed back in below zoom 10, so the reader could not look elsewhere.
  test('with a card open, dragging the selected marker out of view and zooming out stick', async () => {
    const record = dataset.records.find((r) => r.id === 'central-bank-branch-shusha');
    const d = await Dashboard.open(session, { query: `?id=${record.id}&lat=${record.location.lat}&lon=${record.location.lon}&z=11` });
    await d.card().waitFor();
    await d.markerCount();
    // Let the page settle (basemap drawn) so the drag is the reader's only move.
    await d.page.waitForSelector('path.basemap-land', { state: 'attached' });
    await d.page.waitForTimeout(300);
    // What the map really shows, read from two place labels (the app's own moves do not
    // reach the URL, so the URL alone cannot show a snap back): where Shusha is, and how far
    // it is from Lachin (which halves with each zoom level out).
    const where = () => d.page.evaluate(() => {
      const at = (name) => {
        const label = [...document.querySelectorAll('.place-label')].find((s) => s.textContent === name);
        const b = label.getBoundingClientRect();
        return { x: b.x, y: b.y };
      };
      const [s, l] = [at('Shusha'), at('Lachin')];
      return { x: s.x, spread: Math.hypot(s.x - l.x, s.y - l.y) };
    });
    const start = await where();
    const box = await d.map().boundingBox();
    // Drag the map far to the left, twice, from the part the card does not cover: the
    // selected place is well out of view.
    for (const _ of [1, 2]) {
      await d.page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
      await d.page.mouse.down();
      for (let i = 1; i <= 10; i++) await d.page.mouse.move(box.x + box.width * (0.6 - 0.06 * i), box.y + box.height / 2);
      await d.page.mouse.up();
      await d.page.waitForTimeout(500);
    }
    await d.page.waitForFunction((lon) => Number(new URL(location.href).searchParams.get('lon')) > lon + 0.1, record.location.lon);
    await d.page.waitForTimeout(500);
    const dragged = await where();
    assert.ok(dragged.x < box.x - box.width * 0.5, `Shusha stays where the reader dragged it (${start.x} → ${dragged.x})`);
    // A filter change redraws the markers: the map must not pan back to the selection.
    const listed = await d.page.getByTestId('list-count').textContent();
    await d.page.locator('[data-facet=category][data-key=bank]').check();
    await d.page.waitForFunction((n) => document.querySelector('[data-testid=list-count]').textContent !== n, listed);
    await d.page.waitForTimeout(800);
    const filtered = await where();
    assert.ok(filtered.x < box.x - box.width * 0.5, `a filter change does not pan back to Shusha (${dragged.x} → ${filtered.x})`);
    await d.page.locator('[data-facet=category][data-key=bank]').uncheck();
    await d.page.waitForFunction((n) => document.querySelector('[data-testid=list-count]').textContent === n, listed);
    await d.page.waitForTimeout(500);
    // Zoom out one level: the markers are redrawn, and the map must not pan back to Shusha.
    const zoomOut = async (z) => {
      await d.page.locator('.leaflet-control-zoom-out').click();
      await d.page.waitForFunction((z) => new URL(location.href).searchParams.get('z') === z, String(z));
      await d.page.waitForTimeout(800);
    };
    await zoomOut(10);
    const ten = await where();
    assert.ok(ten.x < box.x, `Shusha is still off to the left at zoom 10 (x ${ten.x}, map from ${box.x})`);
    // Zoom out below 10, where Shusha's stack joins a larger cluster: the map stays at 8
    // (Shusha–Lachin an eighth of the distance at 11), it does not zoom back in to 10.
    await zoomOut(9);
    await zoomOut(8);
    const out = await where();
    const ratio = out.spread / start.spread;
    assert.ok(Math.abs(ratio - 0.125) < 0.02, `the map shows zoom 8, not a zoom the app chose (distance ratio ${ratio.toFixed(3)})`);
    assert.equal(d.params().get('z'), '8');
    assert.equal(await d.card().getAttribute('data-record-id'), record.id, 'the card stays open');
    assert.deepEqual(d.errors, []);
    await d.close();
  });

  test('the list keeps only the rows in view in the DOM, and follows a selection made on the map', async () => {
    const d = await Dashboard.open(session, { width: 1280, height: 900 });
    await d.markerCount();
    const rendered = await d.page.locator('[data-testid=list] tbody tr[data-record-id]').count();
    assert.ok(rendered < dataset.records.length, `${rendered} of ${dataset.records.length} rows rendered`);
    assert.equal(await d.page.locator('[data-testid=list] table').getAttribute('aria-rowcount'), String(dataset.records.length + 1));
    // The last record by date is far down the list: selecting it brings its row in.
    const record = dataset.records.find((r) => r.id === 'post-office-lachin');
    const link = await Dashboard.open(session, { query: `?id=${record.id}` });
    await link.card().waitFor();
    const row = link.page.locator(`[data-testid=list] tr[data-record-id="${record.id}"]`);
    await row.waitFor();
    assert.equal(await row.getAttribute('aria-selected'), 'true');
    assert.ok(Number(await row.getAttribute('aria-rowindex')) > 2);
    // Arrow keys walk the rows, scrolling the window along.
    await row.locator('button').focus();
    const index = Number(await row.getAttribute('aria-rowindex'));
    await link.page.keyboard.press('ArrowDown');
    await link.page.waitForFunction((i) => document.activeElement.closest('tr')?.getAttribute('aria-rowindex') === String(i), index + 1);
    await d.close();
    await link.close();
  });
});

describe('a facet with very many choices', () => {
  test('shows a page of operators, "Show more" and a search inside it; a ticked one stays in view', async () => {
    const many = shippedDataset();
    const mapped = mappedRecords(many);
    // Every record its own operator, and 200 more records' worth of names via copies.
    const records = [];
    for (let i = 0; i < 200; i++) {
      const r = structuredClone(mapped[i % mapped.length]);
      r.id = `copy-${i}`;
      r.operator = `Operator ${String(i).padStart(3, '0')}`;
      records.push(r);
    }
    many.records = records;
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(many) }));
    const d = new Dashboard(page, session.url);
    await page.goto(session.url);
    await d.markerCount();
    const facet = page.getByTestId('facet-operator');
    await page.locator('.facet-more > summary').click();
    const boxes = facet.locator('input[data-facet=operator]');
    assert.equal(await boxes.count(), 30);
    const more = page.getByTestId('facet-more-operator');
    assert.equal(await more.textContent(), 'Show more (170 not shown)');
    await more.click();
    assert.equal(await boxes.count(), 80);
    // The search inside the facet is folded and finds a choice far down the list.
    await page.getByTestId('facet-find-operator').fill('operator 150');
    assert.deepEqual(await boxes.evaluateAll((b) => b.map((x) => x.dataset.key)), ['Operator 150']);
    await boxes.first().check();
    assert.equal(d.params().get('op'), 'Operator 150');
    assert.equal(await page.getByTestId('list-count').textContent(), '1');
    // Cleared, the ticked choice is still drawn, in its place, with the first page.
    await page.getByTestId('facet-find-operator').fill('');
    assert.equal(await boxes.count(), 31);
    assert.ok(await facet.locator('input[data-key="Operator 150"]').isChecked());
    await page.getByTestId('facet-find-operator').fill('no such operator');
    await page.locator('.facet p[role=status]').waitFor();
    assert.deepEqual(d.errors, []);
    await d.close();
  });
});

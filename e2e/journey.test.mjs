// The reader's journey without dead ends (issue 19): places in the reader's language, found by
// any of their names; a headline that counts what a search found; a search that finds nothing
// says so over the map.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Dashboard, shippedDataset, sharedSession } from './support.mjs';

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

  test('from a link, on a phone', async () => {
    const record = dataset.records.find((r) => r.id === 'school-4-khankendi');
    const page = await session.browser.newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const d = new Dashboard(page, `${session.url}?id=${record.id}`);
    await page.goto(d.url);
    await markerClearOfCard(d, record.id);
    await d.close();
  });
});

// What newsrooms need beyond sizing: render options that match the article, the reader's
// actions told to the host page, AMP code, frames a CMS sandboxes, and sharing. Every host
// page is on another origin (its own server), as an article is.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { BASE, hostSite, pixels, sharedSession, shippedDataset } from './support.mjs';

const session = sharedSession();
const host = hostSite();

// The token list the Embed dialog's code carries (src/words/embed_code.rs).
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-top-navigation-by-user-activation';

/**
 * A host article with the map in a frame. `query` is added to the frame's address;
 * `frameAttrs` to the iframe; `script` runs in the host page after embed.js.
 */
async function article({ query = '', colorScheme = 'light', frameAttrs = '', script = '', height = 860, embedJs = true, wait = true, scheme = 'light dark', hostBg = '#f3e9d2' } = {}) {
  const name = `a${Math.random().toString(36).slice(2)}.html`;
  const address = host.page(
    name,
    `<!doctype html><html><head><meta name="viewport" content="width=device-width">
      <style>body{margin:0;font:18px Georgia,serif;background:${hostBg};color:#222}.col{max-width:700px;margin:0 auto}</style></head>
      <body><div class="col"><h1>Reopening, street by street</h1>
      <iframe id="map" src="${session.origin}${BASE}?embed=1${query}" title="Services map" data-services-map-embed
        style="display:block;width:100%;height:${height}px;border:0;color-scheme:${scheme}" ${frameAttrs}></iframe></div>
      ${embedJs ? `<script src="${session.origin}${BASE}embed.js"></script>` : ''}
      <script>window.got = []; window.heights = [];
        window.addEventListener('message', (e) => { if (e.data && e.data['datawrapper-height']) window.heights.push(e.data); });
        ${script}</script></body></html>`,
  );
  const page = await session.browser.newPage({ viewport: { width: 900, height: 900 }, colorScheme });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(address);
  const frame = page.frameLocator('#map');
  if (wait) await frame.locator('[data-testid=map][data-marker-count]').waitFor();
  const inner = () => page.frames().find((f) => f.url().startsWith(session.origin));
  return { page, frame, inner, errors, requested };
}

const background = (inner) =>
  inner.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor]);

describe('render options', () => {
  test('theme=dark and theme=light fix the look whatever the reader has set', async () => {
    const dark = await article({ query: '&theme=dark', colorScheme: 'light' });
    assert.deepEqual(await background(dark.inner()), ['rgb(17, 20, 24)', 'rgb(17, 20, 24)']);
    await dark.page.close();
    const light = await article({ query: '&theme=light', colorScheme: 'dark' });
    assert.deepEqual(await background(light.inner()), ['rgb(255, 255, 255)', 'rgb(255, 255, 255)']);
    await light.page.close();
    // Without the option, the reader's setting decides, as before.
    const auto = await article({ colorScheme: 'dark' });
    assert.deepEqual(await background(auto.inner()), ['rgb(17, 20, 24)', 'rgb(17, 20, 24)']);
    await auto.page.close();
  });

  test('transparent=1 lets the article show through; plain=1 drops the title and keeps the credit and link', async () => {
    // The frame declares the scheme the code gives it (color-scheme: the theme).
    const a = await article({ query: '&transparent=1&plain=1&theme=light', scheme: 'light' });
    assert.deepEqual(await background(a.inner()), ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
    // The frame shows the host's colour where the page has no background of its own.
    const pixel = await a.page.evaluate(async () => {
      const frame = document.getElementById('map').getBoundingClientRect();
      return { x: frame.left + 3, y: frame.top + 3 };
    });
    const png = await a.page.screenshot({ clip: { x: pixel.x, y: pixel.y, width: 1, height: 1 } });
    const data = await pixels(session.browser, png);
    assert.deepEqual([...data.subarray(0, 3)], [0xf3, 0xe9, 0xd2], 'the article colour shows through the frame');
    // A dark article, a reader whose system is light: the dark look, and still no backdrop.
    const dark = await article({ query: '&transparent=1&theme=dark', scheme: 'dark', hostBg: '#15171a' });
    const at = await dark.page.evaluate(() => {
      const frame = document.getElementById('map').getBoundingClientRect();
      return { x: frame.left + 3, y: frame.top + 3 };
    });
    const darkPng = await dark.page.screenshot({ clip: { x: at.x, y: at.y, width: 1, height: 1 } });
    assert.deepEqual([...(await pixels(session.browser, darkPng)).subarray(0, 3)], [0x15, 0x17, 0x1a]);
    await dark.page.close();
    assert.equal(await a.frame.locator('.masthead h1').isVisible(), false);
    assert.equal(await a.frame.getByTestId('full-map').isVisible(), true);
    assert.equal(await a.frame.locator('.source-line').isVisible(), true);
    // The options stay in the frame's address after the app rewrites it for a filter.
    await a.frame.getByTestId('search').fill('bank');
    await a.inner().waitForURL(/q=bank/);
    const params = new URL(a.inner().url()).searchParams;
    assert.equal(params.get('transparent'), '1');
    assert.equal(params.get('plain'), '1');
    assert.equal(params.get('theme'), 'light');
    // "Open the full map" leads to the ordinary page.
    const full = new URL(await a.frame.getByTestId('full-map').getAttribute('href'));
    for (const key of ['transparent', 'plain', 'theme', 'embed']) assert.equal(full.searchParams.get(key), null, key);
    assert.deepEqual(a.errors, []);
    await a.page.close();
  });

  test('fit=1 takes the height the host gives, asks for none, and gives the map the rest', async () => {
    const a = await article({ query: '&fit=1', height: 700 });
    await a.page.waitForTimeout(800);
    assert.deepEqual(await a.page.evaluate(() => window.heights), []);
    assert.equal(await a.page.evaluate(() => document.getElementById('map').getBoundingClientRect().height), 700);
    const fits = await a.inner().evaluate(() => ({
      page: document.documentElement.scrollHeight,
      view: innerHeight,
      map: document.querySelector('.map').getBoundingClientRect().height,
    }));
    assert.ok(fits.page <= fits.view + 1, `the page is ${fits.page} px in a ${fits.view} px frame`);
    assert.ok(fits.map >= 180, `map ${fits.map} px`);
    // Without fit=1 the same frame asks for the content's height.
    const b = await article({ height: 700 });
    await b.page.waitForFunction(() => window.heights.length > 0);
    await a.page.close();
    await b.page.close();
  });

  test('static=1 shows the view as a picture with its legend, credit and link; nothing on it answers; nothing more is loaded', async () => {
    const view = '&cat=atm&cat=bank&to=2024-06';
    const live = await article({ query: view });
    const still = await article({ query: `${view}&static=1` });
    const count = (a) => a.frame.getByTestId('map').getAttribute('data-marker-count');
    assert.equal(await count(still), await count(live), 'the same records as the live view');
    assert.ok(Number(await count(still)) > 0);
    // The title, the summary, the whole legend (open, every family), the credit and the link.
    for (const selector of ['.masthead h1', '[data-testid=summary]', '.source-line', '[data-testid=full-map]']) {
      assert.equal(await still.frame.locator(selector).isVisible(), true, selector);
    }
    const families = await live.frame.locator('.legend-only').count();
    assert.ok(families > 0);
    for (let i = 0; i < families; i++) assert.equal(await still.frame.locator('.legend-only').nth(i).isVisible(), true);
    // Nothing that answers the reader is shown or reachable, but the credit's links.
    await still.frame.locator('.stage[inert]').waitFor({ state: 'attached' });
    const reachable = await still.inner().evaluate(() =>
      [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
        .filter((e) => e.checkVisibility() && !e.closest('[inert]') && e.tabIndex >= 0)
        .map((e) => e.closest('.source-line') ? 'credit' : e.outerHTML.slice(0, 80)));
    assert.deepEqual([...new Set(reachable)], ['credit']);
    // Dragging, scrolling or clicking the map moves and opens nothing.
    const pane = () => still.inner().evaluate(() => document.querySelector('.leaflet-map-pane').style.transform);
    const before = [await pane(), still.inner().url()];
    const box = await still.frame.getByTestId('map').boundingBox();
    await still.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await still.page.mouse.down();
    await still.page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2 + 80, { steps: 8 });
    await still.page.mouse.up();
    await still.page.mouse.dblclick(box.x + box.width / 3, box.y + box.height / 3);
    await still.frame.locator('.svc-cluster, .svc-marker').first().click({ force: true });
    await still.page.waitForTimeout(500);
    assert.deepEqual([await pane(), still.inner().url()], before);
    assert.equal(await still.frame.locator('[data-testid=record-card], .place-list').count(), 0);
    // "Open the full map" leads to the live view of the same records.
    const full = new URL(await still.frame.getByTestId('full-map').getAttribute('href'));
    for (const key of ['static', 'embed']) assert.equal(full.searchParams.get(key), null, key);
    assert.deepEqual(full.searchParams.getAll('cat').sort(), ['atm', 'bank']);
    // What the picture loads: what the live view loads, and the picture's stylesheet.
    const ours = (a) => new Set(a.requested.filter((u) => u.startsWith(session.origin)).map((u) => new URL(u).pathname));
    const extra = [...ours(still)].filter((p) => !ours(live).has(p));
    assert.deepEqual(extra.map((p) => p.split('/').pop()), ['static.css']);
    // The map's site and the article's, nobody else.
    assert.ok(still.requested.every((u) => u.startsWith('http://127.0.0.1:')), still.requested.join(' '));
    assert.deepEqual([...still.errors, ...live.errors], []);
    await live.page.close();
    await still.page.close();
  });

  test('the Embed dialog offers each option and its code and preview carry them', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.url);
    await page.waitForSelector('[data-testid=map][data-marker-count]');
    await page.getByTestId('embed-button').click();
    const panel = page.getByTestId('embed-panel');
    await panel.getByRole('button', { name: 'Dark', exact: true }).click();
    for (const name of ['No background', 'No title', "Fill the frame's height", 'Still picture']) {
      await panel.getByRole('button', { name, exact: true }).click();
      assert.equal(await panel.getByRole('button', { name, exact: true }).getAttribute('aria-pressed'), 'true');
    }
    const code = await page.getByTestId('embed-code').inputValue();
    const src = new URL(code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&'));
    assert.equal(src.searchParams.get('theme'), 'dark');
    assert.equal(src.searchParams.get('transparent'), '1');
    assert.equal(src.searchParams.get('plain'), '1');
    assert.equal(src.searchParams.get('fit'), '1');
    assert.equal(src.searchParams.get('static'), '1');
    assert.match(code, new RegExp(` sandbox="${SANDBOX}" allow="clipboard-write"`));
    const preview = new URL(await page.getByTestId('embed-preview').getAttribute('src'));
    assert.equal(preview.searchParams.get('theme'), 'dark');
    // Choosing again turns an option off.
    await panel.getByRole('button', { name: 'No title', exact: true }).click();
    const again = await page.getByTestId('embed-code').inputValue();
    assert.doesNotMatch(again, /plain=1/);
    await page.close();
  });
});

describe('events for the host page', () => {
  test("embed.js passes on each action of the reader, and only its own frame's", async () => {
    const a = await article({
      query: '&embed_id=article-7',
      script: `for (const type of ['select', 'filters', 'month', 'play'])
        servicesMap.on(type, (e, frame) => window.got.push({ ...e, frame: frame.id }));`,
    });
    await a.page.waitForTimeout(500);
    assert.deepEqual(await a.page.evaluate(() => window.got), [], 'the first view is not an action');
    const got = async (n) => {
      await a.page.waitForFunction((n) => window.got.length >= n, n);
      return a.page.evaluate(() => window.got.map(({ source, id, type, frame, ...rest }) => ({ source, id, type, frame, ...rest })));
    };
    // A filter.
    await a.frame.getByTestId('search').fill('bank');
    let events = await got(1);
    assert.deepEqual(events.at(-1), { source: 'services-map', id: 'article-7', type: 'filters', frame: 'map', query: 'q=bank' });
    // The month.
    const before = events.length;
    await a.frame.getByTestId('step-back').click();
    events = await got(before + 1);
    const month = events.find((e) => e.type === 'month');
    assert.match(month.month, /^\d{4}-\d{2}$/);
    // A record selected, then cleared.
    await a.frame.getByTestId('search').fill('');
    await a.frame.getByTestId('step-forward').click();
    const n = (await got(1)).length;
    const marker = a.frame.locator('.svc-marker').first();
    const id = await marker.locator('[data-record-id]').getAttribute('data-record-id');
    await marker.click();
    events = await got(n + 1);
    assert.deepEqual(events.filter((e) => e.type === 'select').at(-1).record, id);
    await a.frame.locator('.card-close').click();
    await a.page.waitForFunction(() => window.got.filter((e) => e.type === 'select').length === 2);
    events = await got(1);
    assert.equal(events.filter((e) => e.type === 'select').at(-1).record, null);
    // Play, then stop.
    await a.frame.getByTestId('play').click();
    await a.page.waitForFunction(() => window.got.some((e) => e.type === 'play' && e.playing === true));
    await a.frame.getByTestId('play').click();
    await a.page.waitForFunction(() => window.got.some((e) => e.type === 'play' && e.playing === false));
    // A message of the same shape from anything but the frame reaches no listener.
    const count = (await got(1)).length;
    await a.page.evaluate(() => window.postMessage({ source: 'services-map', type: 'select', record: 'forged' }, '*'));
    await a.page.waitForTimeout(300);
    const after = await got(1);
    assert.equal(after.length, count);
    assert.ok(!after.some((e) => e.record === 'forged'));
    assert.deepEqual(a.errors, []);
    await a.page.close();
  });
});

describe('AMP and sandboxed frames', () => {
  test('the AMP code has an amp-iframe that resizes, a working sandbox, an overflow button and a placeholder', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.url + '?cat=bank');
    await page.waitForSelector('[data-testid=map][data-marker-count]');
    await page.getByTestId('embed-button').click();
    await page.getByTestId('embed-panel').getByRole('button', { name: 'AMP', exact: true }).click();
    const code = await page.getByTestId('embed-code').inputValue();
    const parsed = await page.evaluate((code) => {
      const doc = new DOMParser().parseFromString(code, 'text/html');
      const frame = doc.querySelector('amp-iframe');
      return {
        src: frame.getAttribute('src'),
        layout: frame.getAttribute('layout'),
        height: frame.getAttribute('height'),
        resizable: frame.hasAttribute('resizable'),
        sandbox: frame.getAttribute('sandbox'),
        overflow: !!frame.querySelector('[overflow]'),
        placeholder: frame.querySelector('amp-img[placeholder]')?.getAttribute('src'),
      };
    }, code);
    const src = new URL(parsed.src);
    assert.equal(src.searchParams.get('embed'), '1');
    assert.equal(src.searchParams.get('cat'), 'bank');
    assert.equal(parsed.layout, 'fixed-height');
    assert.equal(parsed.height, '860');
    assert.ok(parsed.resizable && parsed.overflow);
    assert.equal(parsed.sandbox, SANDBOX);
    const picture = await page.request.get(parsed.placeholder);
    assert.equal(picture.status(), 200);
    assert.equal(picture.headers()['content-type'], 'image/png');
    await page.close();
  });

  test("the code's sandbox runs the whole map", async () => {
    const a = await article({ frameAttrs: `sandbox="${SANDBOX}" allow="clipboard-write"` });
    assert.ok(Number(await a.frame.getByTestId('map').getAttribute('data-marker-count')) > 0);
    await a.page.waitForFunction(() => window.heights.length > 0);
    assert.deepEqual(a.errors, []);
    await a.page.close();
  });

  test('a sandbox without allow-same-origin shows the title, a picture of the map and a link, never a blank box', async () => {
    const a = await article({ frameAttrs: 'sandbox="allow-scripts allow-popups"', wait: false });
    const frame = a.frame;
    await frame.locator('h1').waitFor();
    assert.match(await frame.locator('h1').textContent(), /Services returning to Karabakh/);
    const img = frame.locator('#boot img');
    await img.waitFor();
    const loaded = await img.evaluate(async (i) => {
      if (!i.complete) await new Promise((r) => i.addEventListener('load', r, { once: true }));
      return i.naturalWidth;
    });
    assert.equal(loaded, 1200);
    const link = frame.getByRole('link', { name: 'Open the full map' });
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(new URL(await link.evaluate((l) => l.href)).pathname, BASE);
    await a.page.close();
  });

  // The hostile corpus's sandboxes (scripts/hostile-corpus.mjs): never a blank box.
  const frames = JSON.parse(readFileSync('tests/fixtures/hostile/frames.json', 'utf8'));
  for (const [sandbox, outcome] of frames) {
    test(`sandbox="${sandbox}" shows the ${outcome}`, async () => {
      const a = await article({ frameAttrs: `sandbox="${sandbox}"`, wait: false });
      const shown = {
        map: '[data-testid=map][data-marker-count]',
        fallback: '#boot .boot-fallback img',
        noscript: 'noscript img',
      }[outcome];
      await a.frame.locator(shown).first().waitFor({ state: 'visible' });
      await a.page.close();
    });
  }

  test('no visit where the app runs fetches the fallback picture, in a frame or not', async () => {
    for (const query of ['', '&static=1']) {
      const a = await article({ query });
      await a.page.waitForTimeout(500);
      assert.ok(!a.requested.some((u) => u.endsWith('preview.png')), a.requested.join('\n'));
      await a.page.close();
    }
    const page = await session.browser.newPage({ viewport: { width: 360, height: 640 } });
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(session.url);
    await page.waitForSelector('[data-testid=map][data-marker-count]');
    await page.waitForTimeout(500);
    assert.ok(!requested.some((u) => u.endsWith('preview.png')), requested.join('\n'));
    await page.close();
  });
});

describe('share', () => {
  test("where the device has a share sheet, Share offers the view's link; closing the sheet copies nothing", async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.addInitScript(() => {
      window.shared = [];
      navigator.share = (data) => {
        window.shared.push(data);
        return window.shared.length === 1 ? Promise.resolve() : Promise.reject(new DOMException('closed', 'AbortError'));
      };
    });
    await page.goto(session.url + '?cat=bank');
    await page.waitForSelector('[data-testid=map][data-marker-count]');
    const button = page.getByTestId('copy-link');
    assert.equal(await button.textContent(), 'Share');
    await button.click();
    await page.waitForFunction(() => window.shared.length === 1);
    assert.equal(await page.evaluate(() => window.shared[0].url), page.url());
    await button.click();
    await page.waitForFunction(() => window.shared.length === 2);
    await page.waitForTimeout(300);
    assert.equal(await button.textContent(), 'Share');
    await page.close();
  });

  test('a share sheet that fails falls back to copying the link', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
    await page.addInitScript(() => {
      navigator.share = () => Promise.reject(new DOMException('not allowed', 'NotAllowedError'));
    });
    await page.goto(session.url + '?cat=atm');
    await page.waitForSelector('[data-testid=map][data-marker-count]');
    await page.getByTestId('copy-link').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=copy-link]').textContent === 'Copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
    await page.close();
  });
});

describe('an image of the view', () => {
  for (const [scale, id] of [[1, 'download-image'], [2, 'download-image-2x']]) {
    test(`${id} saves a PNG of the map and its markers at ${scale}×, named for the title and month`, async () => {
      const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      const requested = [];
      page.on('request', (r) => requested.push(new URL(r.url()).host));
      await page.goto(`${session.url}?to=2024-06`);
      await page.waitForSelector('[data-testid=map][data-marker-count]');
      await page.waitForSelector('path.basemap-land', { state: 'attached' });
      const map = await page.getByTestId('map').boundingBox();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
      assert.match(download.suggestedFilename(), /^services-returning-to-karabakh.*-2024-06\.png$/);
      const png = readFileSync(await download.path());
      assert.equal(png.toString('ascii', 1, 4), 'PNG');
      assert.equal(png.readUInt32BE(16), Math.round(map.width + 32) * scale, 'width: the map and its margins');
      assert.ok(png.readUInt32BE(20) > (map.height + 100) * scale, 'height: title, map, legend and credit');
      // The markers are drawn: pixels in the categories' own colours.
      const colours = shippedDataset().categories.map((c) => c.color.toLowerCase());
      const px = await pixels(session.browser, png);
      const wanted = new Set(colours);
      let marked = 0;
      for (let i = 0; i < px.length; i += 4) {
        const hex = '#' + [px[i], px[i + 1], px[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('');
        if (wanted.has(hex)) marked++;
      }
      assert.ok(marked > 150 * scale * scale, `${marked} pixels in category colours`);
      // The basemap's names (countries, cities, the river) are in it: without them, the
      // picture is another.
      const shown = await page.locator('.map-label:not(.label-hidden) span').allTextContents();
      assert.ok(shown.some((name) => /Azerbaijan/i.test(name)), shown.join(', '));
      await page.evaluate(() => document.querySelectorAll('.map-label').forEach((l) => l.classList.add('label-hidden')));
      const [unnamed] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
      const other = await pixels(session.browser, readFileSync(await unnamed.path()));
      let differ = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] !== other[i] || px[i + 1] !== other[i + 1]) differ++;
      assert.ok(differ > 200 * scale * scale, `${differ} pixels are the basemap's names`);
      // Nothing but this site was asked for anything.
      assert.deepEqual([...new Set(requested)], [new URL(session.url).host]);
      await page.close();
    });
  }
});

describe('a legend that filters', () => {
  test('a family shows alone, then all again; the second button adds or removes it; chips, link and summary follow', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(session.url);
    await page.waitForSelector('[data-testid=map][data-marker-count]');
    const count = async () => Number(await page.getByTestId('map').getAttribute('data-marker-count'));
    const all = await count();
    const rows = page.getByTestId('legend').locator('li[data-categories]');
    const [first, second] = [rows.nth(0), rows.nth(1)];
    const keys = async (row) => (await row.getAttribute('data-categories')).split(' ');
    const [a, b] = [await keys(first), await keys(second)];
    const cats = () => new URL(page.url()).searchParams.getAll('cat').sort();
    // By keyboard: focus the family's name and press Enter.
    await first.locator('.legend-only').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=map]').dataset.markerCount) < n, all);
    assert.deepEqual(cats(), [...a].sort());
    assert.equal(await first.locator('.legend-only').getAttribute('aria-pressed'), 'true');
    // The family's chip shows the same.
    const chip = page.locator('.family-chip').first();
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    // Screen readers hear the new count.
    await page.waitForFunction(() => document.querySelector('[data-testid=summary-live]').textContent.length > 0);
    // The second family's add button adds it to those shown.
    const alone = await count();
    await second.locator('.legend-add').click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=map]').dataset.markerCount) > n, alone);
    assert.deepEqual(cats(), [...a, ...b].sort());
    assert.equal(await second.locator('.legend-add').textContent(), '−');
    // Choosing the first again shows only it; once more, all.
    await first.locator('.legend-only').click();
    await page.waitForFunction((n) => new URL(location.href).searchParams.getAll('cat').length === n, a.length);
    assert.deepEqual(cats(), [...a].sort());
    await first.locator('.legend-only').click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=map]').dataset.markerCount) === n, all);
    assert.deepEqual(cats(), []);
    assert.equal(await chip.getAttribute('aria-pressed'), 'false');
    // A chip pressed shows in the legend.
    await chip.click();
    await page.waitForFunction(() => document.querySelector('.legend-only').getAttribute('aria-pressed') === 'true');
    // A link with a family opens with the legend showing it.
    await page.goto(`${session.url}?${b.map((k) => `cat=${k}`).join('&')}`);
    await page.waitForSelector('[data-testid=map][data-marker-count]');
    assert.equal(await page.getByTestId('legend').locator('li[data-categories]').nth(1).locator('.legend-only').getAttribute('aria-pressed'), 'true');
    await page.close();
  });

  test("in an article's frame, choosing a family tells the host page the new filters", async () => {
    const a = await article({ script: "servicesMap.on('filters', (e) => window.got.push(e.query));" });
    const row = a.frame.getByTestId('legend').locator('li[data-categories]').first();
    await a.frame.getByTestId('legend').evaluate((l) => { l.open = true; });
    const keys = (await row.getAttribute('data-categories')).split(' ');
    await row.locator('.legend-only').click();
    await a.page.waitForFunction(() => window.got.length > 0);
    const query = new URLSearchParams(await a.page.evaluate(() => window.got.at(-1)));
    assert.deepEqual(query.getAll('cat').sort(), [...keys].sort());
    assert.deepEqual(a.errors, []);
    await a.page.close();
  });
});

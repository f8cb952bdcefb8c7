// The dashboard inside an article (issue 9): a host page on another origin embeds it in the
// four ways hosts do (Datawrapper's, Pym.js's and AMP's height messages, and our embed.js),
// and the frame must size itself, leave the host's scrolling and history alone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { BASE, hostSite, sharedSession } from './support.mjs';

const session = sharedSession();
// The host's own site: another port, so another origin.
const site = hostSite();

const RESIZERS = {
  datawrapper: `window.addEventListener('message', (e) => {
      const h = e.data && e.data['datawrapper-height'];
      if (h) for (const id in h) size(h[id]);
    });`,
  pym: `window.addEventListener('message', (e) => {
      const prefix = 'pymxPYMxarticle-mapxPYMxheightxPYMx';
      if (typeof e.data === 'string' && e.data.startsWith(prefix)) size(Number(e.data.slice(prefix.length)));
    });`,
  amp: `window.addEventListener('message', (e) => {
      if (e.data && e.data.sentinel === 'amp' && e.data.type === 'embed-size') size(e.data.height);
    });`,
  'embed.js': '',
};

/** A host article on another origin (the host server's port) with the map in an iframe. */
async function article(mode, { width = 1000, height = 800, colorScheme = 'light', query = '' } = {}) {
  const src = `${session.origin}${BASE}?embed=1${query}${mode === 'pym' ? '&initialWidth=600&childId=article-map' : ''}`;
  const name = `article-${mode.replace('.', '-')}.html`;
  const page = await session.browser.newPage({ viewport: { width, height }, colorScheme });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const host = site.page(
    name,
    `<!doctype html><html><head><meta name="viewport" content="width=device-width">
        <style>body{margin:0;font:18px Georgia,serif;color:#222;background:#fff}
        @media (prefers-color-scheme: dark){body{background:#15171a;color:#ddd}}
        .col{max-width:${Math.min(width, 700)}px;margin:0 auto;padding:0 12px}.filler{height:700px}</style></head>
        <body><div class="col"><h1>Reopening, street by street</h1>
        <p>An article with a map in it. The map below is an embed.</p>
        <iframe id="map" src="${src}" title="Services map" data-services-map-embed
          style="display:block;width:100%;height:860px;border:0"></iframe>
        <p class="filler">The article goes on.</p><p class="filler">And on.</p></div>
        <script>function size(h){const f=document.getElementById('map');f.style.aspectRatio='auto';f.style.minHeight='0';f.style.height=h+'px';}
        ${RESIZERS[mode]}</script>
        ${mode === 'embed.js' ? `<script src="${session.origin}${BASE}embed.js"></script>` : ''}
        </body></html>`,
  );
  await page.goto(host);
  const frame = page.frameLocator('#map');
  await frame.locator('[data-testid=map][data-marker-count]').waitFor();
  const inner = page.frames().find((f) => f.url().startsWith(session.origin));
  return { page, frame, inner, errors };
}

/** Waits until the iframe's height equals its content's height; returns both. */
async function sized(a, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    // What the page needs: measured as the page measures it for hosts, with the map at its own
    // height (the page otherwise stretches to fill its frame).
    const content = await a.inner.evaluate(() => {
      const root = document.documentElement;
      root.classList.add('is-measuring');
      const h = Math.ceil(document.body.getBoundingClientRect().height);
      root.classList.remove('is-measuring');
      return h;
    });
    const frame = await a.page.evaluate(() => Math.round(document.getElementById('map').getBoundingClientRect().height));
    if (Math.abs(content - frame) <= 1 || Date.now() > deadline) return { content, frame };
    await a.page.waitForTimeout(16);
  }
}

for (const mode of Object.keys(RESIZERS)) {
  describe(`embedded with ${mode}`, () => {
    test('the frame takes its content height, and follows it when the content changes', async () => {
      const a = await article(mode);
      const first = await sized(a);
      assert.equal(first.frame, first.content);
      // A change inside: the "since" row opens under the timeline.
      await a.frame.getByTestId('range-mode').check();
      const start = Date.now();
      const after = await sized(a, 1000);
      assert.equal(after.frame, after.content, `${mode}: ${after.frame} vs ${after.content}`);
      assert.ok(after.content > first.content);
      assert.ok(Date.now() - start < 500, `resized in ${Date.now() - start} ms`);
      // A narrower column (a phone turned): the map gets shorter and the frame follows.
      await a.page.setViewportSize({ width: 420, height: 800 });
      const narrow = await sized(a);
      assert.equal(narrow.frame, narrow.content);
      assert.ok(narrow.content !== after.content);
      assert.deepEqual(a.errors, []);
      await a.page.close();
    });
  });
}

describe("Datawrapper's chart id", () => {
  for (const id of ['article-7', '__proto__']) {
    test(`every height message carries embed_id=${id}, also after the app rewrites its address`, async () => {
      const a = await article('datawrapper', { query: `&embed_id=${encodeURIComponent(id)}` });
      await sized(a);
      // The app has rewritten its address by now (the view is in the link).
      await a.page.evaluate(() => {
        window.seen = [];
        window.addEventListener('message', (e) => {
          const h = e.data && e.data['datawrapper-height'];
          if (h) window.seen.push(Object.keys(h).map((k) => [k, typeof h[k]]));
        });
      });
      await a.frame.getByTestId('range-mode').check();
      await a.page.waitForFunction(() => window.seen.length > 0);
      const seen = await a.page.evaluate(() => window.seen);
      for (const keys of seen) assert.deepEqual(keys, [[id, 'number']]);
      assert.deepEqual(a.errors, []);
      await a.page.close();
    });
  }
});

describe('where the host strips scripts', () => {
  for (const [column, lang] of [[320, 'ru'], [600, 'az'], [1000, 'en']]) {
    test(`the embed code's frame alone shows the title, map, timeline, credit and link in a ${column} px column (${lang})`, async () => {
      // The code as the Embed panel gives it, without its script line.
      const editor = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await editor.goto(`${session.url}?lang=${lang}&cat=bank`);
      await editor.waitForSelector('[data-testid=map][data-marker-count]');
      await editor.getByTestId('embed-button').click();
      const code = (await editor.getByTestId('embed-code').inputValue()).replace(/<script[^>]*><\/script>/, '');
      await editor.close();
      assert.doesNotMatch(code, /<script/);
      const name = `stripped-${column}.html`;
      const address = site.page(name, `<!doctype html><html><head><meta name="viewport" content="width=device-width">
        <style>body{margin:0;font:18px Georgia,serif}.col{width:${column}px;margin:0 auto}</style></head>
        <body><div class="col"><p>Before the map.</p>${code}<p style="height:900px">After.</p></div></body></html>`);
      const page = await session.browser.newPage({ viewport: { width: Math.max(column, 360), height: 1000 } });
      await page.goto(address);
      const inner = await (async () => {
        for (;;) {
          const f = page.frames().find((fr) => fr.url().startsWith(session.origin));
          if (f) return f;
          await page.waitForTimeout(50);
        }
      })();
      await inner.waitForSelector('[data-testid=map][data-marker-count]');
      const seen = await inner.evaluate(() => {
        const box = (s) => document.querySelector(s)?.getBoundingClientRect();
        const parts = { title: box('h1'), map: box('[data-testid=map]'), timeline: box('[data-testid=timeline]'), credit: box('[data-testid=source-line]'), link: box('[data-testid=full-map]') };
        return {
          height: innerHeight,
          scrolls: document.documentElement.scrollHeight > innerHeight + 1,
          parts: Object.fromEntries(Object.entries(parts).map(([k, b]) => [k, b && { top: Math.round(b.top), bottom: Math.round(b.bottom), height: Math.round(b.height) }])),
        };
      });
      assert.ok(!seen.scrolls, JSON.stringify(seen));
      for (const [part, b] of Object.entries(seen.parts)) {
        assert.ok(b && b.height > 0 && b.top >= 0 && b.bottom <= seen.height, `${part}: ${JSON.stringify(seen)}`);
      }
      // The map keeps a useful size, and no blank band is left under the link.
      assert.ok(seen.parts.map.height >= 300, JSON.stringify(seen.parts.map));
      assert.ok(seen.height - seen.parts.credit.bottom < 40, JSON.stringify(seen));
      await page.close();
    });
  }
});

describe('no side effects on the host page', () => {
  test('the wheel over the unfocused map scrolls the article, not the map', async () => {
    const a = await article('embed.js');
    await sized(a);
    const box = await a.page.locator('#map').boundingBox();
    const mapBox = await a.frame.getByTestId('map').boundingBox();
    await a.page.mouse.move(mapBox.x + mapBox.width / 2, Math.min(mapBox.y + 100, 700));
    const zoomBefore = await a.inner.evaluate(() => document.querySelector('.leaflet-control-zoom-in') && location.search);
    await a.page.mouse.wheel(0, 400);
    await a.page.waitForFunction(() => window.scrollY > 100);
    assert.equal(await a.inner.evaluate(() => location.search), zoomBefore, 'the map did not zoom');
    // The hint says how to zoom.
    assert.match(await a.frame.locator('.gesture-hint').textContent(), /Ctrl \+ scroll/);
    assert.ok(box.height > 0);
    await a.page.close();
  });

  test("filtering inside the frame adds nothing to the host's history, and selecting scrolls nothing", async () => {
    const a = await article('embed.js');
    await sized(a);
    const length = await a.page.evaluate(() => history.length);
    await a.frame.getByTestId('filters-button').click();
    await a.frame.locator('[data-facet=category][data-key=bank]').check();
    await a.frame.locator('[data-facet=category][data-key=post]').check();
    await a.frame.getByTestId('filters-done').click();
    await a.inner.waitForFunction(() => new URL(location.href).searchParams.getAll('cat').length === 2);
    assert.equal(await a.page.evaluate(() => history.length), length);
    // Scroll the article so the frame is partly in view, then select a record inside it from
    // the keyboard (a click by the test driver would itself scroll the marker into view).
    await a.page.evaluate(() => window.scrollTo(0, 300));
    const scrolled = await a.page.evaluate(() => window.scrollY);
    await a.frame.locator('.svc-marker').first().evaluate((m) => m.focus({ preventScroll: true }));
    await a.page.keyboard.press('Enter');
    await a.frame.getByTestId('record-card').waitFor();
    assert.equal(await a.page.evaluate(() => window.scrollY), scrolled);
    await a.page.keyboard.press('Escape');
    await a.page.waitForTimeout(200);
    assert.equal(await a.page.evaluate(() => window.scrollY), scrolled);
    assert.equal(await a.page.evaluate(() => history.length), length);
    await a.page.close();
  });

  test('embed.js takes only whole heights from 100 to 20,000 px', async () => {
    const a = await article('embed.js');
    await sized(a);
    const height = () => a.page.evaluate(() => Math.round(document.getElementById('map').getBoundingClientRect().height));
    const post = async (h) => {
      await a.inner.evaluate((h) => parent.postMessage({ 'datawrapper-height': { x: h } }, '*'), h);
      await a.page.waitForTimeout(100);
    };
    const before = await height();
    for (const bad of [1, 7, 99, 99999, 20001, 640.5, '640', -500, null]) {
      await post(bad);
      assert.equal(await height(), before, `${JSON.stringify(bad)} is ignored`);
    }
    await post(640);
    assert.equal(await height(), 640);
    await post(20000);
    assert.equal(await height(), 20000);
    await a.page.close();
  });

  test('embed mode is compact, keeps the source line, and links to the full map with the same view', async () => {
    const a = await article('embed.js', { query: '&cat=bank' });
    await sized(a);
    for (const hidden of ['list', 'downloads']) {
      assert.equal(await a.frame.getByTestId(hidden).isVisible(), false, `${hidden} is behind the link`);
    }
    assert.equal(await a.frame.getByTestId('source-line').isVisible(), true);
    const href = await a.frame.getByTestId('full-map').getAttribute('href');
    const full = new URL(href);
    assert.equal(full.searchParams.get('embed'), null);
    assert.deepEqual(full.searchParams.getAll('cat'), ['bank']);
    await a.page.close();
  });
});

describe('the embed code', () => {
  test('gives an iframe of exactly this view, with embed.js from the same place, and copies it', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
    await page.goto(`${session.url}?cat=bank&to=2022-06`);
    await page.waitForSelector('[data-testid=map][data-marker-count]');
    await page.getByTestId('embed-button').click();
    const code = await page.getByTestId('embed-code').inputValue();
    const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    const url = new URL(src);
    assert.equal(url.origin + url.pathname, session.url);
    assert.deepEqual(url.searchParams.getAll('cat'), ['bank']);
    assert.equal(url.searchParams.get('to'), '2022-06');
    assert.equal(url.searchParams.get('embed'), '1');
    assert.match(code, new RegExp(`<script src="${session.url}embed.js" async></script>`));
    assert.match(code, /height:860px;border:0/);
    await page.getByTestId('embed-copy').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=embed-copy]').textContent === 'Copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
    // The preview shows the embed itself.
    const preview = page.frameLocator('[data-testid=embed-preview]');
    await preview.locator('[data-testid=map][data-marker-count]').waitFor();
    await page.close();
  });

  test('embed.js is small and has no dependencies', () => {
    const script = readFileSync('public/embed.js', 'utf8');
    assert.ok(script.length < 3000);
    assert.doesNotMatch(script, /import |require\(/);
  });
});

describe('sharing', () => {
  test('Open Graph and Twitter tags point at a built preview, and the page says what it is without scripts', async () => {
    const page = await session.browser.newPage();
    const response = await page.goto(session.url);
    const html = await response.text();
    // The built page is minified: attributes in any order, quoted only where needed.
    const metas = [...html.matchAll(/<meta\s([^>]*)>/g)].map((m) =>
      Object.fromEntries([...m[1].matchAll(/([\w:-]+)=(?:"([^"]*)"|([^\s"'>]+))/g)].map((a) => [a[1], a[2] ?? a[3]])));
    const image = metas.find((m) => m.property === 'og:image').content;
    assert.equal(metas.find((m) => m.name === 'twitter:card').content, 'summary_large_image');
    const png = await page.request.get(new URL(image, session.url).href);
    assert.equal(png.status(), 200);
    const bytes = await png.body();
    assert.equal(bytes.readUInt32BE(16), 1200);
    assert.equal(bytes.readUInt32BE(20), 630);
    // <noscript>: what the page shows, and the data to read without the map.
    const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)[1];
    assert.match(noscript, /<img [^>]*src="?preview\.png/, 'the picture of the default view');
    for (const href of ['data/dataset.csv', 'data/dataset.json']) {
      assert.ok(noscript.includes(`href="${href}"`) || noscript.includes(`href=${href}>`), href);
      assert.equal((await page.request.get(new URL(href, session.url).href)).status(), 200);
    }
    await page.close();
  });

  test('inside a frame, nothing loads until the frame comes near the reader', async () => {
    const address = site.page(
      'long.html',
      `<!doctype html><p style="height:4000px">A long article.</p>
       <iframe id="map" src="${session.origin}${BASE}?embed=1" title="map" style="width:100%;height:600px;border:0"></iframe>`,
    );
    const page = await session.browser.newPage({ viewport: { width: 1000, height: 800 } });
    const requested = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(address);
    await page.waitForTimeout(1500);
    assert.ok(!requested.some((u) => u.endsWith('data/dataset.json')), 'the dataset waits');
    const frame = page.frameLocator('#map');
    assert.equal(await frame.getByTestId('loading').isVisible(), true);
    await page.evaluate(() => window.scrollTo(0, 3300));
    await frame.locator('[data-testid=map][data-marker-count]').waitFor();
    assert.ok(requested.some((u) => u.endsWith('data/dataset.json')));
    await page.close();
  });
});

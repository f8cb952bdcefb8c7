// Soak (issue 11): 1,000 seeded random reader actions (filters, search, time, play, selection,
// zoom, pan, Back and Forward, language), checked after every 50: no console error, the list,
// the statistics, the summary and the map agree, the address reopens the same view, and JS heap
// plus wasm memory stay within 10% of the first batch. Run once, with dist/ at the root
// (SOAK_ACTIONS=… to change the count; the sub-path pass skips it).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mulberry32 } from '../bench/make-datasets.mjs';
import { BASE, Dashboard, shippedDataset, sharedSession } from './support.mjs';

const ACTIONS = Number(process.env.SOAK_ACTIONS ?? 1000);
const BATCH = 50;
const dataset = shippedDataset();
const session = sharedSession();
const random = mulberry32(2026);
const pick = (list) => list[Math.floor(random() * list.length)];
const SEARCHES = ['', '', 'Shusha', 'Şuşa', 'Kapital', 'Azerpost', 'Lachin', 'no such place', 'ATM', 'Ağdam'];

// Captures the app's wasm memory when Trunk's loader starts it.
const CAPTURE_WASM = `addEventListener('TrunkApplicationStarted', (e) => { window.__wasmMemory = e.detail.wasm.memory; });`;

/** The numbers every part of the page gives for the current view. */
async function readings(page) {
  return page.evaluate(() => {
    const num = (t) => Number((t ?? '').replace(/\D/g, ''));
    const statuses = [...document.querySelectorAll('[data-testid=stats] tr[data-status] td')].map((td) => num(td.textContent));
    const categories = [...document.querySelectorAll('[data-testid=stats-categories] td')].map((td) => num(td.textContent));
    const map = document.querySelector('[data-testid=map]');
    return {
      list: num(document.querySelector('[data-testid=list-count]').textContent),
      statuses,
      categories: categories.reduce((a, b) => a + b, 0),
      summary: document.querySelector('[data-testid=summary]').textContent,
      markers: Number(map?.dataset.markerCount ?? -1),
      to: document.querySelector('[data-testid=to-label]').textContent,
      from: document.querySelector('[data-testid=from-label]')?.textContent ?? null,
      card: document.querySelector('[data-testid=record-card]')?.dataset.recordId ?? null,
      search: document.querySelector('[data-testid=search]').value,
      checked: [...document.querySelectorAll('input[data-facet]:checked')].map((i) => `${i.dataset.facet}=${i.dataset.key}`).sort(),
      lang: document.documentElement.lang,
    };
  });
}

/** What must be equal when the address is opened again (the map's spider state is not kept). */
const view = ({ list, statuses, summary, to, from, card, search, checked, lang }) => ({ list, statuses, summary, to, from, card, search, checked, lang });

async function settled(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

/** Lets a zoom or pan animation (Leaflet's 0.25 s) end: the markers are drawn for the view
 * only once it has (at "moveend"), so reading them earlier races the map. */
async function animated(page) {
  await page.waitForTimeout(300);
  await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim'));
  await settled(page);
}

async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  return { heap, wasm, total: heap + wasm };
}

const tally = {};

/** One random reader action. */
async function act(page, step) {
  const kind = pick(['filter', 'filter', 'status', 'search', 'time', 'time', 'play', 'select', 'select', 'zoom', 'pan', 'back', 'forward']);
  tally[kind] = (tally[kind] ?? 0) + 1;
  switch (kind) {
    case 'filter': {
      const box = page.locator(`[data-facet=category][data-key="${pick(dataset.categories).id}"]`);
      await box.setChecked(!(await box.isChecked()));
      break;
    }
    case 'status': {
      const box = page.locator(`[data-facet=status][data-key="${pick(['opened', 'planned', 'closed'])}"]`);
      await box.setChecked(!(await box.isChecked()));
      break;
    }
    case 'search':
      await page.getByTestId('search').fill(pick(SEARCHES));
      break;
    case 'time': {
      await page.getByTestId('time-to').focus();
      const key = pick(['ArrowLeft', 'ArrowLeft', 'ArrowRight', 'End', 'PageDown']);
      await page.keyboard.press(key);
      break;
    }
    case 'play': {
      await page.getByTestId('play').click();
      await page.waitForTimeout(200 + Math.floor(random() * 400));
      if ((await page.getByTestId('play').getAttribute('aria-pressed')) === 'true') await page.getByTestId('play').click();
      break;
    }
    case 'select': {
      const rows = page.locator('[data-testid=list] tbody tr[data-record-id] button.link');
      const n = await rows.count();
      if (n > 0 && random() < 0.7) await rows.nth(Math.floor(random() * Math.min(n, 12))).click();
      else if (await page.getByTestId('record-card').count()) await page.getByTestId('record-card').press('Escape');
      break;
    }
    case 'zoom': {
      // At the widest or closest zoom, its button is disabled: the other one is pressed. A zoom
      // still animating can disable a button after it was picked, so the animation is let end
      // first, and a click that finds its button disabled presses the other one instead.
      await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
      const picked = pick(['.leaflet-control-zoom-in', '.leaflet-control-zoom-out']);
      const button = page.locator(`${picked}:not(.leaflet-disabled)`);
      const pressed = (await button.count()) && (await button.click({ timeout: 2_000 }).then(() => true, () => false));
      if (!pressed) await page.locator('.leaflet-control-zoom a:not(.leaflet-disabled)').first().click();
      await animated(page);
      break;
    }
    case 'pan': {
      await page.locator('[data-testid=map] .leaflet-container, [data-testid=map].leaflet-container').first().focus();
      await page.keyboard.press(pick(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']));
      await animated(page);
      break;
    }
    case 'back':
    case 'forward': {
      // Only within the dashboard's own entries, never back to the blank page before it.
      const ok = await page.evaluate((dir) => {
        const nav = window.navigation;
        const i = nav.currentEntry.index + (dir === 'back' ? -1 : 1);
        const entry = nav.entries()[i];
        return Boolean(entry && entry.url.startsWith(location.origin + location.pathname));
      }, kind);
      if (ok) await (kind === 'back' ? page.goBack() : page.goForward());
      break;
    }
  }
  // The language, three times in the run.
  if (step % 330 === 329) await page.locator(`.lang-button[data-lang=${pick(['az', 'ru', 'en'])}]`).click();
  await settled(page);
}

describe('soak', { skip: BASE !== '/' && 'run once, with dist/ at the root' }, () => {
  test(`${ACTIONS} seeded reader actions, checked every ${BATCH}`, { timeout: 30 * 60_000 }, async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(CAPTURE_WASM);
    const d = new Dashboard(page, session.url);
    await page.goto(session.url);
    await d.markerCount();
    // The world beyond the region is loaded once, the first time a view leaves it: here, before
    // the first reading, so that one-time load is not taken for growth.
    const world = page.waitForResponse((r) => r.url().endsWith('basemap/world.geojson'));
    let out = 0;
    while (!(await Promise.race([world.then(() => true), page.waitForTimeout(500).then(() => false)])) && out < 6) {
      await page.locator('.leaflet-control-zoom-out').click();
      out++;
    }
    await world;
    for (; out > 0; out--) {
      await page.locator('.leaflet-control-zoom-in').click();
      await page.waitForTimeout(300);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    let first = null;
    const figures = [];
    for (let step = 0; step < ACTIONS; step++) {
      await act(page, step);
      if (step % BATCH !== BATCH - 1) continue;
      await page.waitForTimeout(150);
      const batch = (step + 1) / BATCH;
      assert.deepEqual(d.errors, [], `batch ${batch}`);
      // The parts agree.
      const now = await readings(page);
      const total = now.statuses.reduce((a, b) => a + b, 0);
      assert.equal(total, now.list, `batch ${batch}: statistics ${now.statuses} vs list ${now.list}`);
      assert.equal(now.categories, now.list, `batch ${batch}: categories vs list`);
      // The headline counts a search's direct matches; notes-only ones are set apart in it.
      const opened = Number(now.summary.match(/\d+/)?.[0] ?? 0);
      if (/mentioned in notes|qeydlərdə|в примечаниях/.test(now.summary)) {
        assert.ok(opened <= now.statuses[0], `batch ${batch}: ${now.summary}`);
      } else {
        assert.equal(opened, now.statuses[0], `batch ${batch}: ${now.summary}`);
      }
      assert.ok(now.markers >= 0 && now.markers <= now.list, `batch ${batch}: ${now.markers} markers for ${now.list} records`);
      assert.equal(await d.drawnRecords(), now.markers, `batch ${batch}: drawn vs data-marker-count`);
      // The address reopens the same view.
      const again = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const other = new Dashboard(again, page.url());
      await again.goto(page.url());
      await other.markerCount();
      await settled(again);
      assert.deepEqual(view(await readings(again)), view(now), `batch ${batch}: ${page.url()}`);
      assert.deepEqual(other.errors, []);
      await again.close();
      // Memory stays flat.
      const m = await memory(page, cdp);
      first ??= m;
      figures.push(`${batch}: ${(m.heap / 1e6).toFixed(1)} MB heap + ${(m.wasm / 1e6).toFixed(1)} MB wasm`);
      assert.ok(m.total <= first.total * 1.1, `batch ${batch}: ${m.total} bytes vs ${first.total} at batch 1\n${figures.join('\n')}`);
    }
    console.log(`soak actions: ${JSON.stringify(tally)}\nmemory after each batch:\n${figures.join('\n')}`);
    await d.close();
  });
});

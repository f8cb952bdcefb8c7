// Shared set-up for the browser tests: Debian's chromium driven by playwright-core, the built
// dist/ served under a sub-path (as a newsroom's static host would), and a page object.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/static-server.mjs';

// Where dist/ is served: a newsroom's sub-path by default; `E2E_BASE=/` serves it at the root.
export const BASE = process.env.E2E_BASE ?? '/news/2026/karabakh-services/';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The default dataset as shipped, read from the source tree. */
export function shippedDataset() {
  return JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
}

/** The dataset's "as of" month as the timeline labels it: `Dec 2025` (`dek 2025`, `дек. 2025`). */
export function asOfLabel(dataset, lang = 'en') {
  const [year, month] = dataset.as_of.split('-').map(Number);
  const months = {
    en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    az: ['yan', 'fev', 'mar', 'apr', 'may', 'iyn', 'iyl', 'avq', 'sen', 'okt', 'noy', 'dek'],
    ru: ['янв.', 'февр.', 'март', 'апр.', 'май', 'июнь', 'июль', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
  }[lang];
  return `${months[month - 1]} ${year}`;
}

/** Records that count as closed by the "as of" date: one-off events whose last day has passed. */
export function endedEvents(dataset) {
  const asOf = dataset.as_of.slice(0, 7);
  return dataset.records.filter((r) => r.held?.to && r.held.to.slice(0, 7) < asOf && r.status.at(-1).status === 'opened');
}

/** Records the map must draw: those with coordinates and a known position. */
export function mappedRecords(dataset) {
  return dataset.records.filter(
    (r) => r.location.precision !== 'unknown' && typeof r.location.lat === 'number',
  );
}

// Reports every Content-Security-Policy violation of a page (or any of its frames) as a console
// error, which the tests' error checks catch, and to the session, which fails the file.
const WATCH_CSP = `document.addEventListener('securitypolicyviolation', (e) => {
  const report = 'CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') +
    ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || '');
  console.error(report);
  window.__cspViolation?.(report);
});`;

/**
 * Starts the server (dist/ under the strict CSP) and the browser; returns what the tests need
 * and a stop function. Every page and context the tests open watches for CSP violations; they
 * are collected in `violations`.
 */
export async function startSession() {
  const server = await startServer({ dir: 'dist', port: 0, base: BASE });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  const violations = [];
  const watch = async (target) => {
    await target.addInitScript(WATCH_CSP);
    await target.exposeBinding('__cspViolation', (_source, report) => violations.push(report));
    return target;
  };
  const watched = {
    newPage: async (options) => watch(await browser.newPage(options)),
    newContext: async (options) => watch(await browser.newContext(options)),
    close: () => browser.close(),
  };
  return {
    origin,
    url: `${origin}${BASE}`,
    browser: watched,
    violations,
    /** Stops both; fails if any page broke the Content-Security-Policy. */
    async stop() {
      await browser.close();
      await new Promise((done) => server.close(done));
      if (violations.length > 0) throw new Error(`CSP violations:\n${[...new Set(violations)].join('\n')}`);
    },
  };
}

/**
 * One session for a test file: started before its tests, stopped after them; the file fails if
 * any page broke the Content-Security-Policy.
 */
export function sharedSession() {
  const session = {};
  before(async () => Object.assign(session, await startSession()));
  after(async () => session.stop?.());
  return session;
}

/** A page of the dashboard that records every request, console error and page error. */
export class Dashboard {
  constructor(page, url) {
    this.page = page;
    this.url = url;
    this.requests = [];
    this.errors = [];
    page.on('request', (r) => this.requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
  }

  static async open(session, { width = 1280, height = 900, query = '' } = {}) {
    const page = await session.browser.newPage({ viewport: { width, height } });
    const dashboard = new Dashboard(page, session.url + query);
    await page.goto(dashboard.url);
    return dashboard;
  }

  map() {
    return this.page.getByTestId('map');
  }

  /** Waits until the map has drawn its markers and returns data-marker-count. */
  async markerCount() {
    await this.page.waitForSelector('[data-testid=map][data-marker-count]');
    return Number(await this.map().getAttribute('data-marker-count'));
  }

  marker(id) {
    return this.page.locator(`.svc-marker:has([data-record-id="${id}"])`);
  }

  /** Records drawn: single markers plus the sizes of clusters. */
  async drawnRecords() {
    const singles = await this.page.locator('.svc-marker').count();
    const sizes = await this.page
      .locator('.svc-cluster svg')
      .evaluateAll((svgs) => svgs.map((s) => Number(s.getAttribute('data-cluster-size'))));
    return singles + sizes.reduce((a, b) => a + b, 0);
  }

  /** The cluster drawn nearest the centre of the map. */
  async centralCluster() {
    const box = await this.map().boundingBox();
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const clusters = this.page.locator('.svc-cluster');
    let best = null;
    for (let i = 0; i < (await clusters.count()); i++) {
      const b = await clusters.nth(i).boundingBox();
      const d = Math.hypot(b.x + b.width / 2 - centre.x, b.y + b.height / 2 - centre.y);
      if (!best || d < best.d) best = { d, locator: clusters.nth(i) };
    }
    return best?.locator;
  }

  /** Opens the dashboard centred on a record's place and opens the stack of markers there. */
  static async openAtRecord(session, record, options = {}) {
    const { lat, lon } = record.location;
    const d = await Dashboard.open(session, { ...options, query: `?lat=${lat}&lon=${lon}&z=11` });
    await d.markerCount();
    if ((await d.marker(record.id).count()) === 0) {
      await (await d.centralCluster()).click();
      await d.marker(record.id).waitFor();
    }
    return d;
  }

  /** Query parameters of the current address. */
  params() {
    return new URL(this.page.url()).searchParams;
  }

  card() {
    return this.page.getByTestId('record-card');
  }

  async close() {
    await this.page.close();
  }
}

/** The RGBA bytes of a PNG (a screenshot), decoded by the browser in a new page of `context`. */
export async function pixels(context, png) {
  const page = await context.newPage();
  const data = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = new OffscreenCanvas(img.width, img.height);
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    // Base64 crosses to Node far faster than an array of millions of numbers.
    const bytes = g.getImageData(0, 0, img.width, img.height).data;
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  }, png.toString('base64'));
  await page.close();
  return Buffer.from(data, 'base64');
}

/**
 * A news site on another origin than the map: pages written into a temporary folder and
 * served without our CSP (an article has its own inline scripts). Started before the tests of
 * the file that calls it and stopped after them.
 */
export function hostSite() {
  const dir = mkdtempSync(join(tmpdir(), 'host-article-'));
  const site = {
    /** Writes `html` as `name` and returns its address. */
    page(name, html) {
      writeFileSync(join(dir, name), html);
      return `http://127.0.0.1:${site.server.address().port}/${name}`;
    },
  };
  before(async () => {
    site.server = await startServer({ dir, port: 0, csp: null });
  });
  after(async () => {
    await new Promise((done) => site.server?.close(done));
    rmSync(dir, { recursive: true, force: true });
  });
  return site;
}

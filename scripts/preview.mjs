// Makes public/preview.png, the picture of the default view that link previews (Open Graph,
// Twitter), the AMP placeholder and a sandboxed frame's fallback show: the same drawing as
// "Download image" (public/snapshot.js), of the built dashboard (dist/) in light colours,
// fitted into a 1200×630 card. Debian's chromium, never a downloaded browser.
// Run after `trunk build --release`: node scripts/preview.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const server = await startServer({ dir: 'dist', port: 0 });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 }, colorScheme: 'light', acceptDownloads: true });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('[data-testid=map][data-marker-count]');
  await page.waitForSelector('path.basemap-land', { state: 'attached' });
  await page.waitForTimeout(800);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'snapshot.js';
      script.dataset.scale = '1';
      script.dataset.name = 'preview.png';
      document.head.appendChild(script);
    }),
  ]);
  const drawn = readFileSync(await download.path()).toString('base64');
  // Into the card: the whole drawing, scaled down if it is taller, centred on white.
  const card = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [1200, 630];
    const g = canvas.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, 1200, 630);
    const k = Math.min(1, 1200 / img.width, 630 / img.height);
    g.drawImage(img, (1200 - img.width * k) / 2, (630 - img.height * k) / 2, img.width * k, img.height * k);
    return canvas.toDataURL('image/png').split(',')[1];
  }, drawn);
  writeFileSync('public/preview.png', Buffer.from(card, 'base64'));
  console.log('public/preview.png written');
} finally {
  await browser.close();
  server.close();
}

// Makes public/preview.png, the Open Graph / Twitter card image: the default view of the built
// dashboard (dist/) at 1200×630, with Debian's chromium (never a downloaded browser).
// Run after `trunk build --release`: node scripts/preview.mjs
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const server = await startServer({ dir: 'dist', port: 0 });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, colorScheme: 'light' });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('[data-testid=map][data-marker-count]');
  await page.waitForSelector('path.basemap-land', { state: 'attached' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'public/preview.png' });
  console.log('public/preview.png written');
} finally {
  await browser.close();
  server.close();
}

import { Dashboard, startSession } from './e2e/support.mjs';
const s = await startSession();
const d = await Dashboard.open(s, { width: 1400, height: 1000, query: process.argv[2] ?? '' });
console.log('count', await d.markerCount());
await d.page.waitForTimeout(800);
console.log(await d.page.getByTestId('summary').textContent());
console.log(d.errors);
await d.page.screenshot({ path: '/tmp/shot3.png', fullPage: false });
await s.stop();

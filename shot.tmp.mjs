import { Dashboard, startSession } from './e2e/support.mjs';
const s = await startSession();
const d = await Dashboard.open(s, { width: Number(process.argv[3] ?? 1400), height: 1000, query: process.argv[2] ?? '' });
console.log('count', await d.markerCount());
await d.page.waitForTimeout(800);
console.log(d.errors);
await d.page.screenshot({ path: '/tmp/shot4.png', fullPage: process.argv[4] === 'full' });
await s.stop();

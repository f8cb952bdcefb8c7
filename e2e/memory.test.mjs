// Filter changes leave nothing behind: the bytes the app's allocator holds (counted in the wasm
// build, src/app/heap.rs) come back to where they were after 50 tick-and-untick cycles.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Dashboard, startSession } from './support.mjs';

let session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.stop();
});

test('50 filter cycles leave the heap as it was', async () => {
  const d = await Dashboard.open(session);
  await d.markerCount();
  await d.page.getByTestId('list-count').waitFor();
  const box = '[data-facet=category][data-key=bank]';
  const cycle = async () => {
    for (let i = 0; i < 2; i++) {
      const before = await d.page.getAttribute('[data-marker-count]', 'data-marker-count');
      await d.page.evaluate((sel) => document.querySelector(sel).click(), box);
      await d.page.waitForFunction(
        (n) => document.querySelector('[data-marker-count]').getAttribute('data-marker-count') !== n,
        before,
      );
    }
  };
  // Everything made once (deferred parts, first sorts) is made before counting.
  await cycle();
  await d.page.waitForTimeout(300);
  const live = () => d.page.evaluate(() => window.wasmBindings.live_heap_bytes());
  const start = await live();
  for (let i = 0; i < 50; i++) await cycle();
  await d.page.waitForTimeout(300);
  const grown = (await live()) - start;
  // The rows' leak this guards against held about 2.7 KB a change (270 KB here).
  assert.ok(Math.abs(grown) < 16_000, `the heap grew by ${grown} bytes over 50 cycles`);
  assert.deepEqual(d.errors, []);
  await d.close();
});

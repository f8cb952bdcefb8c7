// WCAG 2.1 A and AA checks by axe on the real page, in light and dark, with the card open and
// filters active.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { startSession } from './support.mjs';

let session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.stop();
});

for (const colorScheme of ['light', 'dark']) {
  for (const query of ['', '?cat=bank&q=Şuşa&to=2021-01&id=central-bank-branch-shusha']) {
    test(`no axe violations (${colorScheme}${query ? ', filtered with a card open' : ''})`, async () => {
      const context = await session.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(session.url + query);
      await page.waitForSelector('[data-testid=map][data-marker-count]');
      if (query) await page.getByTestId('record-card').waitFor();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
      assert.deepEqual(found, []);
      await context.close();
    });
  }
}

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

const STATES = [];
for (const colorScheme of ['light', 'dark']) {
  for (const query of ['', '?cat=bank&q=Şuşa&to=2021-01&id=central-bank-branch-shusha']) {
    STATES.push({ colorScheme, query, name: `${colorScheme}${query ? ', filtered with a card open' : ''}` });
  }
}
// Each language, a phone, and the embed.
for (const lang of ['az', 'ru']) {
  STATES.push({ colorScheme: 'light', query: `?lang=${lang}&id=post-office-lachin`, name: `${lang}, card open` });
}
STATES.push({ colorScheme: 'dark', query: '?id=post-office-lachin', viewport: { width: 360, height: 640 }, name: 'dark, 360×640, card open' });
STATES.push({ colorScheme: 'light', query: '?embed=1', name: 'embed' });

for (const { colorScheme, query, viewport, name } of STATES) {
  {
    test(`no axe violations (${name})`, async () => {
      const context = await session.browser.newContext({ colorScheme, viewport: viewport ?? { width: 1280, height: 720 } });
      const page = await context.newPage();
      await page.goto(session.url + query);
      await page.waitForSelector('[data-testid=map][data-marker-count]');
      if (query.includes('id=')) await page.getByTestId('record-card').waitFor();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
      assert.deepEqual(found, []);
      await context.close();
    });
  }
}

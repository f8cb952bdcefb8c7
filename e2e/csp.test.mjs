// A strict Content-Security-Policy (issue 11). The whole suite runs under STRICT_CSP and fails on
// any violation (support.mjs); these tests check what that rests on.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { STRICT_CSP } from '../scripts/static-server.mjs';
import { Dashboard, sharedSession } from './support.mjs';

const session = sharedSession();

describe('strict CSP', () => {
  test('the built page has no inline script or style: the loader is a file next to it', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)];
    assert.ok(scripts.length >= 2);
    for (const [whole, attrs = '', body] of scripts) {
      assert.match(attrs, /\ssrc=/, whole);
      assert.equal(body.trim(), '', whole);
    }
    const loader = scripts.map(([, attrs]) => attrs.match(/src="?\.\/(inline-[0-9a-f]{16}\.js)/)?.[1]).find(Boolean);
    assert.ok(loader, 'the module loader is moved to inline-<hash>.js');
    assert.ok(readdirSync('dist').includes(loader));
    assert.match(readFileSync(`dist/${loader}`, 'utf8'), /await init\(/);
    assert.doesNotMatch(html, /<style[\s>]|\sstyle="/i);
  });

  test('the sample headers (dist/_headers, the nginx snippet in docs/security-and-hosting.md) carry the policy the suite runs under', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    assert.ok(headers.includes(`Content-Security-Policy: ${STRICT_CSP}`), headers);
    const readme = readFileSync('docs/security-and-hosting.md', 'utf8');
    assert.ok(readme.includes(`add_header Content-Security-Policy "${STRICT_CSP}" always;`));
  });

  test('under the policy the dashboard starts, and a violation would be caught', async () => {
    const d = await Dashboard.open(session);
    const response = await d.page.goto(d.url);
    assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
    assert.ok((await d.markerCount()) > 0);
    assert.deepEqual(d.errors, []);
    // The watcher itself works: an inline style attribute is reported as a console error.
    await d.page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<i style="color:red"></i>'));
    await d.page.waitForFunction(() => true);
    await d.page.waitForTimeout(200);
    assert.ok(d.errors.some((e) => /CSP violation: style-src-attr/.test(e)), d.errors.join('\n'));
    // This one was on purpose: keep it out of the session's record.
    session.violations.length = 0;
    await d.close();
  });
});

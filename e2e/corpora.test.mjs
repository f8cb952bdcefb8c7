// nst/JSONTestSuite's parsing cases (../shared/corpora) read by the page, each answered as the
// data tool answers it: the same file is read as JSON or refused by both, with the same
// problem (where the syntax breaks, what rule the text breaks). The two readers share the
// model's code, but the page reads the file as it streams in (src/model/load.rs) and the
// tool reads it whole: this is where they could part.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { sharedSession, shippedDataset } from './support.mjs';

const session = sharedSession();
const SUITE = '../shared/corpora/JSONTestSuite/test_parsing';
// Built by `cargo test` (scripts/test.sh runs it before the browser tests).
const DATATOOL = 'target/debug/datatool';

/** The data tool's answer for `file`, reduced to what both readers say: the kind of answer
 * and its particulars (without the file's name, which each writes its own way). */
function toolAnswer(file) {
  // Its checks (kept but worth a look) on standard error, its verdict on standard output.
  const run = spawnSync(DATATOOL, ['validate', file], { encoding: 'utf8' });
  return classify(`${run.stderr}${run.stdout}`.replaceAll(`${file}: `, ''));
}

/** An answer's kind and particulars, from the tool's output or the page's error box. */
function classify(text) {
  const syntax = text.match(/not valid JSON at line (\d+), column (\d+): (.*?)\.?$/m);
  if (syntax) return { kind: 'syntax', line: syntax[1], column: syntax[2], message: syntax[3] };
  const early = text.match(/ends early, at line (\d+)/);
  if (early) return { kind: 'truncated', line: early[1] };
  if (/arrived empty|file is empty/.test(text)) return { kind: 'empty' };
  if (/HTML/.test(text)) return { kind: 'html' };
  // Read as JSON, refused as a dataset: the fields the problems name, in order.
  const fields = [...text.matchAll(/field "([^"]+)"/g)].map((m) => m[1]);
  return { kind: 'dataset', fields: fields.slice(0, 3) };
}

describe('JSONTestSuite in the browser', () => {
  test('every parsing case gets the same answer from the page as from datatool', { timeout: 600_000 }, async () => {
    assert.ok(existsSync(DATATOOL), `${DATATOOL} is built by cargo test`);
    const files = readdirSync(SUITE).filter((n) => n.endsWith('.json')).sort();
    assert.ok(files.length > 300);
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    let current = null;
    await page.route('**/data/probe.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(join(SUITE, current)) }));
    const differ = [];
    let first = true;
    for (const name of files) {
      current = name;
      if (first) {
        await page.goto(`${session.url}?data=data/probe.json&lang=en`);
        first = false;
      } else {
        // Mark the answer shown, retry, and wait for the next one.
        await page.evaluate(() => { document.querySelector('[data-testid=load-error]').dataset.seen = '1'; });
        await page.getByTestId('retry').click();
      }
      const box = page.locator('[data-testid=load-error]:not([data-seen])');
      await box.waitFor({ timeout: 20_000 });
      const shown = classify(await box.innerText());
      const tool = toolAnswer(join(SUITE, name));
      if (JSON.stringify(shown) !== JSON.stringify(tool)) differ.push({ name, page: shown, datatool: tool });
    }
    await page.close();
    assert.deepEqual(differ, []);
  });

  // Duplicate keys, huge numbers and lone surrogates deep in a dataset, where they matter: the
  // case's array element as the first record's notes, or its object's members in the record.
  test('duplicate keys, huge numbers and lone surrogates inside a record get the same answer from both', { timeout: 300_000 }, async () => {
    const files = readdirSync(SUITE)
      .filter((n) => /^[yi]_.*(duplicat|surrogate|huge|big|overflow|underflow)/.test(n))
      .sort();
    assert.ok(files.length >= 20, files.join(' '));
    const dataset = JSON.stringify(shippedDataset(), null, 1);
    const notes = JSON.stringify(shippedDataset().records[0].notes);
    const dir = mkdtempSync(join(tmpdir(), 'wrapped-'));
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    let body = null;
    await page.route('**/data/probe.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    const differ = [];
    for (const name of files) {
      // The case's own bytes, between the dataset's (UTF-8) halves.
      const bytes = readFileSync(join(SUITE, name));
      const inner = bytes.subarray(1, bytes.toString('latin1').trimEnd().length - 1);
      const at = dataset.indexOf(`"notes": ${notes}`);
      assert.ok(at > 0);
      const [head, tail] = bytes[0] === 0x5b
        ? [dataset.slice(0, at) + '"notes": ', dataset.slice(at + `"notes": ${notes}`.length)]
        : [dataset.slice(0, at), `, ${dataset.slice(at)}`];
      body = Buffer.concat([Buffer.from(head), inner, Buffer.from(tail)]);
      const file = join(dir, name);
      writeFileSync(file, body);
      await page.goto(`${session.url}?data=data/probe.json&lang=en`);
      await page.waitForSelector('[data-testid=load-error], [data-testid=map][data-marker-count]');
      const shown = classify(await page.locator('[data-testid=load-error], [data-testid=data-warnings], [data-testid=data-flags]').allInnerTexts().then((t) => t.join('\n')));
      const tool = toolAnswer(file);
      if (JSON.stringify(shown) !== JSON.stringify(tool)) differ.push({ name, page: shown, datatool: tool });
    }
    await page.close();
    assert.deepEqual(differ, []);
  });
});

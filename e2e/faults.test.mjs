// An unlucky reader's network (issue 11): every way the dataset's request can fail gets its own
// sentence naming the file, and a Retry button that works once the server is back.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Dashboard, mappedRecords, shippedDataset, sharedSession } from './support.mjs';

const session = sharedSession();
const shipped = JSON.stringify(shippedDataset());
const records = mappedRecords(shippedDataset()).length;

/**
 * Opens the dashboard while `fault` answers the dataset's request, checks the message against
 * `expected`, then lets the request through and presses Retry.
 */
async function faultThenRetry(fault, expected, { context = null } = {}) {
  const page = context ? await context.newPage() : await session.browser.newPage();
  const d = new Dashboard(page, session.url);
  let broken = true;
  await page.route('**/data/dataset.json', (route) => (broken ? fault(route, page) : route.continue()));
  await page.goto(session.url);
  const message = page.getByTestId('load-error-message');
  await message.waitFor({ timeout: 25_000 });
  assert.match(await message.textContent(), expected);
  // The failure is announced, and Retry is a real button reachable by keyboard.
  assert.equal(await page.getByTestId('load-error').getAttribute('role'), 'alert');
  broken = false;
  await context?.setOffline(false);
  await page.getByTestId('retry').focus();
  await page.keyboard.press('Enter');
  assert.equal(await d.markerCount(), records);
  assert.equal(await page.getByTestId('load-error').count(), 0);
  // Only the browser's own notes on the failed request, never an error of the page.
  assert.deepEqual(d.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await page.close();
}

describe('network faults', () => {
  test('404: the file is named as not found, and Retry loads it once it is there', async () => {
    await faultThenRetry((r) => r.fulfill({ status: 404, body: 'not found' }), /data\/dataset\.json was not found on the server \(HTTP 404\)\. Check the address\./);
  });

  test('500: the server failed, and Retry recovers', async () => {
    await faultThenRetry((r) => r.fulfill({ status: 500, body: 'oops' }), /The server failed while sending data\/dataset\.json \(HTTP 500\)/);
  });

  test('a server that never answers is given up after 15 seconds, with Retry', async () => {
    const started = Date.now();
    await faultThenRetry(() => {}, /data\/dataset\.json did not arrive within 15 seconds/);
    assert.ok(Date.now() - started >= 15_000);
  });

  test('a truncated body says the file ends early, at which line', async () => {
    const cut = shipped.slice(0, Math.floor(shipped.length / 2));
    await faultThenRetry(
      (r) => r.fulfill({ status: 200, contentType: 'application/json', body: cut }),
      /data\/dataset\.json ends early, at line 1: the download was cut off or the file is incomplete/,
    );
  });

  test("a web page in place of the dataset (a host's fallback page) is named as such", async () => {
    await faultThenRetry(
      (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Home</title><p>Welcome' }),
      /data\/dataset\.json is not a dataset: the server sent text\/html, not JSON/,
    );
  });

  test('an empty body says the file is empty', async () => {
    await faultThenRetry((r) => r.fulfill({ status: 200, contentType: 'application/json', body: '' }), /data\/dataset\.json arrived empty/);
  });

  test('offline: the reader is told to check the connection, and Retry works once back online', async () => {
    const context = await session.browser.newContext();
    await faultThenRetry(
      async (r, page) => {
        // The dataset is requested with the page (public/early.js), while Leaflet may still be
        // on its way: the device goes offline once the page's scripts are in.
        await page.waitForFunction(() => window.L);
        await context.setOffline(true);
        await r.abort('internetdisconnected');
      },
      /This device seems to be offline, so data\/dataset\.json could not be fetched/,
      { context },
    );
    await context.close();
  });

  test('the message is in the reader\'s language', async () => {
    const page = await session.browser.newPage();
    await page.route('**/data/dataset.json', (r) => r.fulfill({ status: 503, body: '' }));
    await page.goto(`${session.url}?lang=ru`);
    assert.match(await page.getByTestId('load-error-message').textContent(), /Сервер выдал ошибку при отправке data\/dataset\.json \(HTTP 503\)/);
    assert.equal(await page.getByTestId('retry').textContent(), 'Повторить');
    await page.close();
  });
});

// Writes the hostile corpus in tests/fixtures/hostile/ (issue 11): datasets an attacker or a
// careless editor might serve, and URL parameters a crafted link might carry, each with the
// outcome it must have. The expectations are written here by hand, not read from the app.
// tests/hostile.rs (native) and e2e/hostile.test.mjs (browser) run every case.
//   node scripts/hostile-corpus.mjs
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const OUT = 'tests/fixtures/hostile';
const base = () => JSON.parse(readFileSync('tests/fixtures/valid.json', 'utf8'));
const PWN = 'window.__pwned=1';
const datasets = [];
rmSync(`${OUT}/datasets`, { recursive: true, force: true });
mkdirSync(`${OUT}/datasets`, { recursive: true });

/**
 * One dataset case. `text` is the file as served; `outcome` 'loads' with the records kept,
 * problems (entries left out, or unusable extras) and flags (records kept but flagged), or
 * 'fails' (nothing shown: the page explains). `mention` must appear in the native problem,
 * flag or error text; `shows` in the page once loaded.
 */
function dataset(name, text, expect) {
  datasets.push({ name, file: `${name}.json`, ...expect });
  writeFileSync(`${OUT}/datasets/${name}.json`, text);
}
const edit = (f) => {
  const d = base();
  f(d);
  return JSON.stringify(d, null, 1);
};
const loads = (records, problems = 0, flags = 0, extra = {}) => ({ outcome: 'loads', records, problems, flags, ...extra });
const fails = (mention) => ({ outcome: 'fails', mention });

// Script in every place text reaches the page: shown as text, never run.
dataset('script-in-record-name', edit((d) => { d.records[0].name = `<img src=x onerror="${PWN}">`; }), loads(2, 0, 0, { shows: '<img src=x onerror=' }));
dataset('script-in-title', edit((d) => { d.title = `<script>${PWN}</script>Title`; }), loads(2, 0, 0, { shows: '<script>' }));
dataset('script-in-category-label', edit((d) => { d.categories[0].label = `<svg onload="${PWN}">`; }), loads(2));
dataset('script-in-operator', edit((d) => { d.records[0].operator = `"><img src=x onerror="${PWN}">`; }), loads(2));
dataset('script-in-notes', edit((d) => { d.records[0].notes = `<iframe src="javascript:${PWN}"></iframe>`; }), loads(2));
dataset('script-in-town', edit((d) => { d.records[0].location.town = `<b onmouseover="${PWN}">Shusha</b>`; }), loads(2));
dataset('script-in-description', edit((d) => { d.description = `<img src=x onerror="${PWN}"> described`; }), loads(2));
dataset('script-in-source-title', edit((d) => { d.records[1].sources[0].title = `<script>${PWN}</script>`; }), loads(2));
dataset('javascript-source-url', edit((d) => { d.records[0].sources[0].url = `javascript:${PWN}`; }), loads(1, 1, 0, { mention: 'sources[0].url' }));
dataset('data-url-source', edit((d) => { d.records[0].sources[0].url = 'data:text/html,<script>1</script>'; }), loads(1, 1, 0, { mention: 'sources[0].url' }));
dataset('javascript-corrections', edit((d) => { d.corrections = `javascript:${PWN}`; }), fails('corrections'));
dataset('javascript-tiles', edit((d) => { d.tiles = { url: `javascript:${PWN}`, attribution: 'x' }; }), loads(2, 1, 0, { mention: 'tiles' }));
dataset('css-in-colour', edit((d) => { d.categories[0].color = 'red;background:url(https://evil.example/x)'; }), fails('color'));
dataset('markup-as-shape', edit((d) => { d.categories[0].shape = '<svg/onload=alert(1)>'; }), fails('shape'));
dataset('prototype-keys', edit((d) => {
  Object.defineProperty(d.records[0], '__proto__', { value: { polluted: true }, enumerable: true });
  d.records[0].constructor = 'x';
}), loads(1, 2, 0, { mention: 'unknown field' }));

// Size.
dataset('megabyte-name', edit((d) => { d.records[0].name = 'N'.repeat(1_000_000); }), loads(2));
dataset('megabyte-id', edit((d) => { d.records[0].id = 'a'.repeat(1_000_000); }), loads(1, 1, 0, { mention: 'id' }));
dataset('megabyte-description', edit((d) => { d.description = 'D'.repeat(1_000_000); }), loads(2));
dataset('five-hundred-sources', edit((d) => { d.records[0].sources = Array.from({ length: 500 }, (_, i) => ({ outlet: `Outlet ${i}`, url: `https://example.org/${i}` })); }), loads(2));
dataset('deeply-nested', `{"schema_version": 1, "x": ${'['.repeat(5000)}${']'.repeat(5000)}}`, fails('recursion'));

// Text that is not what it seems.
dataset('lone-surrogate-in-name', edit((d) => { d.records[0].name = 'Bank MARK'; }).replace('MARK', '\\ud800'), loads(2, 0, 1, { mention: 'U+FFFD' }));
dataset('lone-low-surrogate-in-notes', edit((d) => { d.records[1].notes = 'x MARK y'; }).replace('MARK', '\\udfff'), loads(2, 0, 1, { mention: 'notes' }));
dataset('surrogate-in-id', edit((d) => { d.records[0].id = 'idMARK'; }).replace('idMARK', 'id\\ud800'), loads(1, 1, 0, { mention: 'must be URL-safe' }));
dataset('byte-order-mark', `\ufeff${edit(() => {})}`, loads(2));
dataset('right-to-left-override', edit((d) => { d.records[0].name = 'Bank \u202egnp.exe'; }), loads(2));
dataset('nul-in-name', edit((d) => { d.records[0].name = 'Bank\u0000A'; }), loads(2));
dataset('duplicate-keys', edit(() => {}).replace('"name": "Bank A"', '"name": "Bank A", "name": "Bank A again"'), loads(2, 0, 0, { shows: 'Bank A again' }));

// Not JSON, or not a dataset.
dataset('nan-literal', edit(() => {}).replace('39.7583', 'NaN'), fails('JSON'));
dataset('number-out-of-range', edit(() => {}).replace('39.7583', '1e400'), loads(1, 1, 0, { mention: 'is not readable JSON: number out of range' }));
dataset('trailing-comma', edit(() => {}).replace(/\n\s*\]\n\}\s*$/, ',\n ]\n}'), fails('JSON'));
dataset('truncated', edit(() => {}).slice(0, 300), fails('ends early'));
dataset('top-level-array', '[1, 2, 3]', fails('must be a JSON object'));
dataset('records-not-a-list', edit((d) => { d.records = { a: 1 }; }), fails('records'));
dataset('schema-version-2', edit((d) => { d.schema_version = 2; }), fails('schema_version'));
dataset('schema-version-as-text', edit((d) => { d.schema_version = '1'; }), fails('schema_version'));
dataset('impossible-as-of', edit((d) => { d.as_of = '2025-13-01'; }), fails('as_of'));
dataset('no-categories', edit((d) => { d.categories = []; }), fails('categories'));
dataset('empty-records', edit((d) => { d.records = []; }), loads(0));

// Records that break the rules one at a time: left out, the rest shown.
dataset('closed-in-2099', edit((d) => { d.records[0].status.push({ status: 'closed', date: '2099', date_precision: 'year' }); }), loads(1, 1, 0, { mention: "dated after the dataset's as-of date" }));
dataset('opened-next-year', edit((d) => { d.records[0].status[1].date = '2022-03-01'; }), loads(1, 1, 0, { mention: "dated after the dataset's as-of date" }));
dataset('planned-for-2030', edit((d) => { d.records[0].status = [{ status: 'planned', date: '2030', date_precision: 'year' }]; }), loads(2, 0, 0, { shows: 'Planned for 2030' }));
dataset('dates-out-of-order', edit((d) => { d.records[0].status[0].date = '2021-09'; }), loads(1, 1, 0, { mention: 'date order' }));
dataset('unknown-status', edit((d) => { d.records[0].status[1].status = 'reopened'; }), loads(1, 1, 0, { mention: 'status' }));
dataset('precision-mismatch', edit((d) => { d.records[0].status[1].date_precision = 'year'; }), loads(1, 1, 0, { mention: 'date_precision' }));
dataset('unknown-category', edit((d) => { d.records[0].category = 'casino'; }), loads(1, 1, 0, { mention: 'unknown category' }));
dataset('duplicate-id', edit((d) => { d.records[1].id = 'a'; }), loads(1, 1, 0, { mention: 'id' }));
dataset('latitude-as-text', edit((d) => { d.records[0].location.lat = '39.7583'; }), loads(1, 1, 0, { mention: 'location.lat' }));
dataset('latitude-out-of-range', edit((d) => { d.records[0].location.lat = 139.7; }), loads(1, 1, 0, { mention: 'location.lat' }));
dataset('swapped-coordinates', edit((d) => { d.extent = [45.9, 38.8, 47.6, 40.5]; d.records[0].location.lat = 46.7483; d.records[0].location.lon = 39.7583; }), loads(2, 0, 1, { mention: 'lat/lon swapped?' }));
dataset('inverted-extent', edit((d) => { d.extent = [47.6, 40.5, 45.9, 38.8]; }), loads(2, 1, 0, { mention: 'extent', shows: 'Some dataset settings were not used; all records are kept' }));
// An area across the antimeridian (RFC 7946 §5.2) is accepted: a record inside it is not
// flagged, one beyond it is.
for (const [name, lon, flags] of [['antimeridian-extent', 179.5, 0], ['antimeridian-extent-outside', 0, 1]]) {
  dataset(name, edit((d) => {
    d.extent = [170, -50, -170, -30];
    d.records[0].location.lat = -41.3;
    d.records[0].location.lon = lon;
  }), loads(2, 0, flags, flags ? { mention: 'outside the dataset' } : {}));
}
dataset('no-sources', edit((d) => { d.records[0].sources = []; }), loads(1, 1, 0, { mention: 'sources' }));
// Three hundred families, some with very long names: the legend stays within the map and
// scrolls, and its toggle stays in reach.
dataset('many-long-families', edit((d) => {
  d.categories = Array.from({ length: 300 }, (_, i) => ({
    id: `c${i}`,
    label: i % 7 === 0 ? `Category ${i} ${'with a very long name '.repeat(12)}` : `Category ${i}`,
    color: '#1d4ed8',
    shape: 'circle',
  }));
  d.records.forEach((r) => { r.category = 'c0'; });
}), loads(2, 0, 0, { legend: true }));
// Ten thousand categories: a dozen family chips and "n more…", the rest in the filters.
dataset('ten-thousand-categories', edit((d) => {
  d.categories = Array.from({ length: 10000 }, (_, i) => ({ id: `c${i}`, label: `Category ${i}`, color: '#1d4ed8', shape: 'circle' }));
  d.records.forEach((r) => { r.category = 'c0'; });
}), loads(2, 0, 0, { chips: 12 }));
// A timeline from year 1 to 9999: drawn in years or centuries, never a column per month.
dataset('centuries-long-span', edit((d) => {
  d.as_of = '9999-12-31';
  d.records[0].status = [{ status: 'planned', date: '0001-01-01', date_precision: 'day' }, { status: 'opened', date: '9999-06-01', date_precision: 'day' }];
}), loads(2, 0, 0, { long_span: true }));

const urls = [];
/** One URL case: `query` as a link carries it, `state` the parsed view (only the fields named), `page` what the reader sees. */
const url = (query, state, page = {}) => urls.push({ query, state, page });
url(`?cat=${encodeURIComponent(`<script>${PWN}</script>`)}`, { categories: [`<script>${PWN}</script>`] }, { list: 'all' });
url(`?q=${encodeURIComponent(`<img src=x onerror=${PWN}>`)}`, { search: `<img src=x onerror=${PWN}>` }, { list: 0 });
url('?id=%3Cscript%3E', { selected: null }, { list: 'all' });
url('?id=..%2F..%2Fetc%2Fpasswd', { selected: null });
url(`?id=${'a'.repeat(101)}`, { selected: null });
url('?id=first-atm-hadrut', { selected: 'first-atm-hadrut' }, { card: 'first-atm-hadrut' });
url('?lang=xx', { lang: null }, { lang: 'en' });
// Language tags are case-insensitive and take subtags (BCP 47); an unknown language is ignored.
url('?lang=RU', { lang: 'ru' }, { lang: 'ru' });
url('?lang=az-Latn-AZ', { lang: 'az' }, { lang: 'az' });
url('?lang=de-AZ', { lang: null }, { lang: 'en' });
url('?lang=ru&lang=az', { lang: 'az' }, { lang: 'az' });
url('?lang=az&q=A%C4%9Fdam', { lang: 'az', search: 'Ağdam' }, { lang: 'az' });
url('?data=javascript%3Aalert(1)', { data: null }, { rejected: true, list: 'all' });
url('?data=%2F%2Fevil.example%2Fx.json', { data: null }, { rejected: true });
url('?data=%2F%5Cevil.example%2Fx.json', { data: null }, { rejected: true });
url('?data=https%3A%2F%2Fevil.example%2Fx.json', { data: 'https://evil.example/x.json' }, { rejected: true, list: 'all' });
url('?data=https%3A%2F%2Fuser%3Apw%40evil.example%2Fx.json', { data: null }, { rejected: true });
url('?data=data%3Aapplication%2Fjson%2C%7B%7D', { data: null }, { rejected: true });
url('?data=%0Ahttps%3A%2F%2Fevil.example%2F', { data: 'https://evil.example/' }, { rejected: true });
url('?data=file%3A%2F%2F%2Fetc%2Fpasswd', { data: null }, { rejected: true });
url('?data=config.json', { data: 'config.json' }, { loadError: true });
url('?data=index.html', { data: 'index.html' }, { loadError: true });
url('?data=..%2F..%2F..%2Fetc%2Fpasswd', { data: '../../../etc/passwd' }, { loadError: true });
url(`?data=${'a'.repeat(2001)}.json`, { data: null });
url('?tiles=javascript%3Aalert(1)&tiles_by=x', { tiles: null });
url('?tiles=http%3A%2F%2Ftiles.example%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.png&tiles_by=x', { tiles: null });
url('?tiles=https%3A%2F%2Ftiles.example%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.png', { tiles: null });
url('?tiles=https%3A%2F%2Ftiles.example%2Fstatic.png&tiles_by=x', { tiles: null });
url('?lat=999&lon=999&z=99', { camera: null });
url('?lat=NaN&lon=Infinity&z=5', { camera: null });
url('?lat=39.7&lon=46.7&z=1', { camera: null });
url('?lat=39.7&lon=46.7', { camera: null });
url('?lat=39.7&lon=46.7&z=10', { camera: [39.7, 46.7, 10] });
url('?from=2101-01&to=1900-01', { from: null, to: '1900-01' });
url('?from=2021-13&to=abc', { from: null, to: null });
url('?from=2021-06&to=2021-01', { from: '2021-06', to: '2021-01' });
url('?status=reopened', { statuses: [] }, { list: 'all' });
url('?status=opened&status=opened', { statuses: ['opened'] });
url(`?cat=${'a'.repeat(201)}`, { categories: [] });
url(`?${Array.from({ length: 70 }, (_, i) => `cat=c${i}`).join('&')}`, { categories: Array.from({ length: 64 }, (_, i) => `c${i}`).sort() }, { list: 'all' });
url('?embed=1', { embed: true });
url('?embed=true', { embed: false });
// Search folds text to letters and digits: a query of control characters or symbols only
// searches for nothing, so every record stays listed.
url('?q=%00%01', { search: '\u0000\u0001' }, { list: 'all' });
url(`?q=${'x'.repeat(201)}`, { search: '' }, { list: 'all' });
url('?q=%F0%9F%92%A5', { search: '💥' }, { list: 'all' });
url('?%E0%A4%A=broken&cat=%ZZ', { categories: ['%ZZ'] }, { list: 'all' });
url('?constructor=1&__proto__=x&toString=y', { categories: [], search: '' }, { list: 'all' });
url('?district=Shusha%00', { districts: ['Shusha\u0000'] }, { list: 'all' });
url('?op=Kapital%20Bank&cat=bank&cat=atm', { operators: ['Kapital Bank'], categories: ['atm', 'bank'] });

// Render options a host writes in the frame's address: only the known values count.
url('?theme=%3Cscript%3E&transparent=true&plain=yes&fit=0&static=on', { look: [null, false, false, false, false] });
url('?theme=dark&static=1&plain=1&embed=1', { embed: true, look: ['dark', false, true, false, true] });
url('?theme=light&theme=dark&transparent=1', { look: ['dark', true, false, false, false] });

// Ids a host gives the frame (Datawrapper's embed_id, Pym.js's childId) and what is kept of
// them: ASCII letters, digits, -, _, . and :, at most 64.
const ids = [
  ['article-7', 'article-7'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['"><img src=x onerror=alert(1)>', 'imgsrcxonerroralert1'],
  ['a b\u0000c\nd', 'abcd'],
  ['Şuşa-карта', 'ua-'],
  ['x'.repeat(500), 'x'.repeat(64)],
  ['', ''],
];
// Dataset titles and the download names they give (at most 60 characters before the date).
const names = [
  ['Services returning to Karabakh and East Zangezur', 'services-returning-to-karabakh-and-east-zangezur-2026-01-02.csv'],
  ['W'.repeat(5015), `${'w'.repeat(60)}-2026-01-02.csv`],
  ['<script>alert(1)</script>', 'script-alert-1-script-2026-01-02.csv'],
  ['../../etc/passwd', 'etc-passwd-2026-01-02.csv'],
  ['', 'dataset-2026-01-02.csv'],
  // Letters are folded (ş → s, ə → e) and kept in their script.
  ['Şuşa: xidmətlər / Шуша', 'susa-xidmetler-шуша-2026-01-02.csv'],
  [`${'word '.repeat(30)}`, `${Array(12).fill('word').join('-')}-2026-01-02.csv`],
];
// Sandboxes a CMS may put on the frame, and what the reader sees in each: the map, the
// picture with a link (scripts but an opaque origin), or the <noscript> picture and links.
const frames = [
  ['allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-top-navigation-by-user-activation', 'map'],
  ['allow-scripts allow-same-origin', 'map'],
  ['allow-scripts allow-popups', 'fallback'],
  ['allow-scripts', 'fallback'],
  ['allow-same-origin', 'noscript'],
  ['', 'noscript'],
];
writeFileSync(`${OUT}/frames.json`, `${JSON.stringify(frames, null, 1)}\n`);
writeFileSync(`${OUT}/ids.json`, `${JSON.stringify(ids, null, 1)}\n`);
writeFileSync(`${OUT}/download-names.json`, `${JSON.stringify(names, null, 1)}\n`);

writeFileSync(`${OUT}/datasets.json`, `${JSON.stringify(datasets, null, 1)}\n`);
writeFileSync(`${OUT}/urls.json`, `${JSON.stringify(urls, null, 1)}\n`);
console.log(`${datasets.length} datasets, ${urls.length} URL sets, ${ids.length} frame ids and ${names.length} download names written to ${OUT}/`);

// Where the wasm's bytes go: builds the app with its function names kept, runs `twiggy top`
// on it, and prints the bytes by crate and, for this crate, by module (raw bytes: brotli
// shrinks them about threefold, code and strings alike). Installs twiggy (a
// `cargo install`, once) when it is missing.
//   node scripts/size-report.mjs [--top 40]
// The build is the release build (same flags, LTO, `wasm-opt -O1`) with the name section kept,
// so the sizes are those of the shipped code; names are not shipped (the name section is
// reported apart and left out of the shares).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';

const TWIGGY = '0.8.0';
const OUT = 'target/size-report';
const home = process.env.HOME ?? '/root';
const env = { ...process.env, PATH: `${home}/.cargo/bin:${process.cwd()}/node_modules/.bin:${process.env.PATH}`,
  // Keep the symbols through the link; the profile is otherwise the release one.
  CARGO_PROFILE_RELEASE_STRIP: 'none' };
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { env, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28, ...opts });
const top = Number(process.argv[process.argv.indexOf('--top') + 1]) || 30;

let version = '';
try { version = run('twiggy', ['--version']).toString().trim(); } catch { /* missing */ }
if (!version.endsWith(TWIGGY)) {
  console.error(`size-report: installing twiggy ${TWIGGY} (a few minutes, once)`);
  run('cargo', ['install', 'twiggy', '--version', TWIGGY, '--locked'], { stdio: 'inherit' });
}

mkdirSync(OUT, { recursive: true });
console.error('size-report: building the app with names kept');
run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'karabakh-services-map'], { stdio: 'inherit' });
run('wasm-bindgen', ['--keep-debug', '--target', 'web', '--out-dir', OUT, '--out-name', 'app',
  'target/wasm32-unknown-unknown/release/karabakh-services-map.wasm']);
// What Trunk runs (`data-wasm-opt="1"` in index.html), with names kept.
run('wasm-opt', ['-O1', '--debuginfo', `${OUT}/app_bg.wasm`, '-o', `${OUT}/named.wasm`]);
run('wasm-opt', ['--strip-debug', `${OUT}/named.wasm`, '-o', `${OUT}/stripped.wasm`]);
const stripped = readFileSync(`${OUT}/stripped.wasm`);
console.log(`app wasm without names: ${stripped.length.toLocaleString('en')} B raw, ${brotliCompressSync(stripped).length.toLocaleString('en')} B brotli\n`);

// twiggy's CSV: Name,ShallowSize,ShallowSizePercent,RetainedSize,...
const csv = run('twiggy', ['top', '-n', '100000', '--format', 'csv', `${OUT}/named.wasm`]).toString();
const items = csv.trim().split('\n').slice(1).map((line) => {
  const m = line.match(/^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/);
  return m ? { name: (m[1] ?? m[2]).replace(/""/g, '"'), size: Number(m[3]) } : null;
}).filter(Boolean);

/** The crate an item belongs to: the first path segment of its name, seen through impls. */
function owner(name) {
  if (/^data segment/.test(name)) return '(data: strings and tables)';
  if (/custom section|subsection/.test(name)) return '(names and debug info: not shipped)';
  if (/^(import|export|type|table|elem|global|memory|code section|wasm magic|section headers)/i.test(name) || /^\S+\[\d+\]$/.test(name)) return '(wasm structure)';
  const plain = name.replace(/\[[0-9a-f]{16}\]/g, '');
  const paths = [...plain.matchAll(/([a-z_][a-z0-9_]*)::/g)].map((m) => m[1]);
  const ours = paths.find((p) => p === 'karabakh_services_map');
  return ours ?? paths.find((p) => !['impl', 'dyn'].includes(p)) ?? '(other)';
}
/** For our crate: the module under it (`app::map_panel`, `model::load`, …). */
function module(name) {
  const m = name.match(/karabakh_services_map::([a-z_]+)(?:::([a-z_]+))?/);
  return m ? [m[1], m[2]].filter(Boolean).join('::') : '(other)';
}

const sum = (list) => list.reduce((n, i) => n + i.size, 0);
const shipped = items.filter((i) => owner(i.name) !== '(names and debug info: not shipped)');
const total = sum(shipped);
const group = (list, key) => {
  const by = new Map();
  for (const i of list) by.set(key(i.name), (by.get(key(i.name)) ?? 0) + i.size);
  return [...by].sort((a, b) => b[1] - a[1]);
};
const table = (title, rows) => {
  console.log(`| ${title} | bytes (raw) | share |\n|---|---:|---:|`);
  for (const [k, v] of rows.slice(0, top)) console.log(`| ${k} | ${v.toLocaleString('en')} | ${((100 * v) / total).toFixed(1)} % |`);
  console.log('');
};
table('by crate', group(shipped, owner));
table('karabakh_services_map, by module', group(shipped.filter((i) => owner(i.name) === 'karabakh_services_map'), module));
console.log(`| largest items | bytes |\n|---|---:|`);
for (const i of shipped.slice().sort((a, b) => b.size - a.size).slice(0, top)) console.log(`| ${i.name.slice(0, 110).replace(/\|/g, '\\|')} | ${i.size.toLocaleString('en')} |`);

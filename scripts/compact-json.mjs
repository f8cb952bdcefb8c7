// Trunk post-build hook: writes the JSON files a reader downloads (the dataset, the basemap and
// its labels) without the indentation `public/` keeps them in for people and diffs. The content
// is unchanged (parsed and written again); only whitespace goes: about 0.8 KB brotli off the
// default dataset. A file that does not parse is left as it is.
// Run by Trunk (see Trunk.toml) with TRUNK_STAGING_DIR set; also runnable on a built dist/:
//   TRUNK_STAGING_DIR=dist node scripts/compact-json.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('compact-json: TRUNK_STAGING_DIR is not set (run by Trunk, or set it to dist)');
  process.exit(1);
}
let saved = 0;
for (const sub of ['data', 'basemap']) {
  let names = [];
  try { names = readdirSync(join(dir, sub)); } catch { continue; }
  for (const name of names.filter((n) => /\.(geo)?json$/.test(n))) {
    const file = join(dir, sub, name);
    const text = readFileSync(file, 'utf8');
    let compact;
    try { compact = JSON.stringify(JSON.parse(text)); } catch { continue; }
    if (compact.length < text.length) {
      writeFileSync(file, compact);
      saved += text.length - compact.length;
    }
  }
}
console.log(`compact-json: ${saved} bytes of whitespace removed in ${dir}`);

// Trunk post-build hook: our own scripts (early.js, embed.js, snapshot.js) as readers download
// them, without their comment lines and indentation (scripts/tidy.mjs); public/ keeps them
// as people read them. None is under an `integrity` digest. The glue is tidied by
// short-imports.mjs, which writes its digest. Run by Trunk (see Trunk.toml) with
// TRUNK_STAGING_DIR set; also runnable on a built dist/:
//   TRUNK_STAGING_DIR=dist node scripts/tidy-js.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tidy } from './tidy.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('tidy-js: TRUNK_STAGING_DIR is not set (run by Trunk, or set it to dist)');
  process.exit(1);
}
let saved = 0;
for (const name of ['early.js', 'embed.js', 'snapshot.js']) {
  const file = join(dir, name);
  const before = readFileSync(file, 'utf8');
  const after = tidy(before, name);
  writeFileSync(file, after);
  saved += before.length - after.length;
}
console.log(`tidy-js: ${saved} bytes of comments and indentation out of our scripts`);

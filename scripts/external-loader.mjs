// Trunk post-build hook: moves every inline <script> of the built index.html into a file of its
// own, so the page runs under a Content-Security-Policy without 'unsafe-inline' or hashes
// (`script-src 'self' 'wasm-unsafe-eval'`). Trunk writes its module loader inline (and, under
// `trunk serve`, its auto-reload script); both become `inline-<hash>.js` next to the page.
// Run by Trunk (see Trunk.toml) with TRUNK_STAGING_DIR set; also runnable on a built dist/:
//   TRUNK_STAGING_DIR=dist node scripts/external-loader.mjs
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('external-loader: TRUNK_STAGING_DIR is not set (run by Trunk, or set it to dist)');
  process.exit(1);
}
const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8');
let moved = 0;
const out = html.replace(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi, (whole, attrs = '', body) => {
  if (/\ssrc\s*=/i.test(attrs) || body.trim() === '') return whole;
  const name = `inline-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), `${body.trim()}\n`);
  moved += 1;
  return `<script${attrs} src="./${name}"></script>`;
});
writeFileSync(page, out);
console.log(`external-loader: ${moved} inline script(s) moved to files in ${dir}`);

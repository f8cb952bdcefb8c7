// Takes out of a script what only people read: whole lines that are comments (`//`, or
// `/* … */` blocks except `/*!` ones, which stay as the file's pointer to its docs) and the
// spaces that start each line. Nothing inside a line changes, so no string or regular
// expression is touched. Used by the post-build hooks short-imports.mjs (wasm-bindgen's glue)
// and tidy-js.mjs (public/*.js).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `source` tidied; throws, naming `name`, when that could change what it does. */
export function tidy(source, name, module = false) {
  // A template literal across lines would lose the spaces its lines start with.
  if (source.split('\n').some((line) => (line.match(/`/g) || []).length % 2 === 1)) {
    throw new Error(`${name}: a line has an odd number of backquotes; not tidied`);
  }
  const out = source
    .replace(/^[ \t]*\/\*(?!!)[\s\S]*?\*\/[ \t]*\n/gm, '')
    .replace(/^[ \t]*\/\/.*\n/gm, '')
    .replace(/^[ \t]+/gm, '');
  const file = join(mkdtempSync(join(tmpdir(), 'tidy-')), module ? 'a.mjs' : 'a.js');
  writeFileSync(file, out);
  try {
    execFileSync(process.execPath, ['--check', file], { stdio: 'pipe' });
  } catch (e) {
    throw new Error(`${name}: the tidied script does not parse: ${e.stderr}`);
  }
  return out;
}

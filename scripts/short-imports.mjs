// Trunk post-build hook: gives the wasm's imports short names. wasm-bindgen names each import
// after its Rust binding plus a 16-digit hash (`__wbg_getElementById_7ee213db584f37b0`), under
// the module `./<crate>_bg.js`, and the wasm carries every name: hundreds of random hex
// digits that no compressor can shrink. The names only have to match between the wasm's
// import section and the glue's import object, so both are renamed here (`a`, `b`, … `ba`…).
// Nothing else in the wasm changes but that its custom sections (notes about the build) go; a
// name the glue uses anywhere but as its import key is left as it is. The glue also loses its
// comment lines and indentation (scripts/tidy.mjs). The page's `integrity` digests of both
// files are written anew. If the files are not what this expects, it changes nothing and says
// why.
// Run by Trunk (see Trunk.toml) with TRUNK_STAGING_DIR set; also runnable on a built dist/:
//   TRUNK_STAGING_DIR=dist node scripts/short-imports.mjs
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tidy } from './tidy.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('short-imports: TRUNK_STAGING_DIR is not set (run by Trunk, or set it to dist)');
  process.exit(1);
}

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Writes an unsigned LEB128. */
function toLeb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();
const nameBytes = (s) => [...toLeb(utf8.encode(s).length), ...utf8.encode(s)];

/** `a` … `z`, `A` … `Z`, then `ba`, `bb`, …: short, valid identifiers, none a JS keyword. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  do {
    out = letters[n % letters.length] + out;
    n = Math.floor(n / letters.length);
  } while (n > 0);
  return out;
}

/** `wasm` without its custom sections (the toolchain's `producers` and `target_features`,
 * binaryen's `__wasm_split_unstable`): notes about the build that no browser reads. */
function withoutCustomSections(wasm) {
  const parts = [wasm.subarray(0, 8)];
  for (let at = 8; at < wasm.length;) {
    const [size, body] = leb(wasm, at + 1);
    if (wasm[at] !== 0) parts.push(wasm.subarray(at, body + size));
    at = body + size;
  }
  return Buffer.concat(parts);
}

function rename(wasmFile, jsFile) {
  const wasm = readFileSync(wasmFile);
  let js = readFileSync(jsFile, 'utf8');
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb(wasm, at + 1);
    if (id !== 2) {
      at = body + size;
      continue;
    }
    // The import section: a count, then (module, field, kind, description) each.
    const [count, first] = leb(wasm, body);
    let p = first;
    const imports = [];
    for (let i = 0; i < count; i++) {
      const [ml, ms] = leb(wasm, p);
      const module = text.decode(wasm.subarray(ms, ms + ml));
      const [fl, fs] = leb(wasm, ms + ml);
      const field = text.decode(wasm.subarray(fs, fs + fl));
      const descStart = fs + fl;
      const kind = wasm[descStart];
      if (kind !== 0) return `import ${i} is not a function (kind ${kind})`;
      const [, descEnd] = leb(wasm, descStart + 1);
      imports.push({ module, field, desc: wasm.subarray(descStart, descEnd) });
      p = descEnd;
    }
    if (p !== body + size) return 'the import section has bytes after its imports';
    const modules = [...new Set(imports.map((i) => i.module))];
    if (modules.length !== 1) return `imports come from ${modules.length} modules`;
    const moduleKey = `${JSON.stringify(modules[0])}: import0,`;
    if (js.split(moduleKey).length !== 2) return `the glue does not name ${modules[0]} once`;
    let next = 0;
    const renamed = [];
    for (const imp of imports) {
      const key = new RegExp(`^(\\s+)${imp.field.replace(/[$]/g, '\\$&')}(: function\\()`, 'm');
      const uses = js.split(imp.field).length - 1;
      let field = imp.field;
      if (uses === 1 && key.test(js)) {
        field = shortName(next++);
        js = js.replace(key, `$1${field}$2`);
      }
      renamed.push([...nameBytes('a'), ...nameBytes(field), ...imp.desc]);
    }
    js = js.replace(moduleKey, '"a": import0,');
    // And without the glue's comment lines and indentation (JSDoc, a comment per closure
    // cast; docs/performance.md). Here, not in a step of its own, so the page's digest of
    // the glue is written once, for what is served.
    js = tidy(js, jsFile, true);
    const section = [...toLeb(count), ...renamed.flat()];
    const out = withoutCustomSections(Buffer.concat([
      wasm.subarray(0, at),
      Buffer.from([2, ...toLeb(section.length), ...section]),
      wasm.subarray(body + size),
    ]));
    // The page preloads both files with Subresource Integrity: their digests change too.
    const page = join(dir, 'index.html');
    let html = readFileSync(page, 'utf8');
    const digest = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    for (const [before, after] of [[wasm, out], [readFileSync(jsFile), Buffer.from(js)]]) {
      const parts = html.split(digest(before));
      if (parts.length === 1 && html.includes('integrity')) return 'a digest in the page is not that of its file';
      html = parts.join(digest(after));
    }
    writeFileSync(page, html);
    writeFileSync(wasmFile, out);
    writeFileSync(jsFile, js);
    return `${next} of ${count} imports renamed, ${wasm.length - out.length} bytes off the wasm`;
  }
  return 'the wasm has no import section';
}

const files = readdirSync(dir);
const wasmFile = files.find((f) => f.endsWith('_bg.wasm'));
const jsFile = wasmFile && files.find((f) => f === wasmFile.replace(/_bg\.wasm$/, '.js'));
if (!wasmFile || !jsFile) {
  console.log(`short-imports: no wasm and glue pair in ${dir}; nothing changed`);
} else {
  console.log(`short-imports: ${rename(join(dir, wasmFile), join(dir, jsFile))}`);
}

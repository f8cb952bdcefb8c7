// A small static file server for dist/: what any static host does, and nothing more.
//   node scripts/static-server.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--base /sub/path/] [--csp off] [--brotli on]
// Also imported by the browser tests (startServer) to serve dist/ under a sub-path.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The Content-Security-Policy the dashboard is built and tested to run under
 * (docs/security-and-hosting.md): nothing inline, no eval but WebAssembly's, no other origin, embeddable anywhere.
 * The same policy is in dist/_headers and in the nginx snippet of docs/security-and-hosting.md.
 */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *";

/** Types a static host compresses; images go out as they are. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.wasm', '.svg', '.md', '.txt']);

/**
 * Serves `dir` at http://host:port{base}, every answer under `csp` (the strict policy unless
 * `csp` is null). With `brotli`, text and wasm go out brotli-compressed at the highest level
 * (what a static host with precompressed files sends), whatever the request's Accept-Encoding:
 * Chromium only advertises `br` over HTTPS but decodes it on any connection. Resolves to the
 * http.Server once listening.
 */
export function startServer({ dir = 'dist', port = 8080, host = '127.0.0.1', base = '/', csp = STRICT_CSP, brotli = false } = {}) {
  const compressed = new Map();
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) {
        if (`${path}/` === prefix) {
          res.writeHead(301, { Location: prefix }).end();
          return;
        }
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
        return;
      }
      let file = normalize(join(root, path.slice(prefix.length)));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const encode = brotli && COMPRESSIBLE.has(extname(file));
      if (encode) {
        if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = compressed.get(file);
      }
      res.writeHead(200, {
        ...(encode ? { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' } : {}),
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        ...(csp ? { 'Content-Security-Policy': csp } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(
    process.argv.slice(2).reduce((pairs, arg, i, all) => {
      if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
      return pairs;
    }, []),
  );
  const options = { ...args, port: Number(args.port ?? 8080), csp: args.csp === 'off' ? null : STRICT_CSP, brotli: args.brotli === 'on' };
  const server = await startServer(options);
  const { address, port } = server.address();
  console.log(`Serving ${options.dir ?? 'dist'} at http://${address}:${port}${options.base ?? '/'} (Ctrl+C stops)`);
}

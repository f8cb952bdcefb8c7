// Trunk post-build hook: the steps that finish dist/, one after the other. Trunk runs the
// hooks of a stage concurrently, and external-loader.mjs and short-imports.mjs both rewrite
// index.html, so they must not be separate hooks. Each step is a script of its own, runnable
// alone on a built dist/ (TRUNK_STAGING_DIR=dist node scripts/<step>.mjs).
//   1. external-loader.mjs: Trunk's inline loader moved to a file (strict CSP,
//      docs/security-and-hosting.md).
//   2. compact-json.mjs: the dataset and basemap without indentation.
//   3. short-imports.mjs: the wasm's imports under short names, in the wasm and its glue
//      alike (the hashed names wasm-bindgen writes are random digits that compression cannot
//      shrink); the glue without comment lines and indentation; the page's digests anew.
//   4. tidy-js.mjs: our own scripts without comment lines and indentation.
for (const step of ['external-loader', 'compact-json', 'short-imports', 'tidy-js']) {
  await import(`./${step}.mjs`);
}

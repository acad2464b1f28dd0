// The Cache-Control a CDN sends for a file of dist/ (docs/deploy.md): Trunk's hashed files
// (name-<hash>.js, name-<hash>_bg.wasm, name-<hash>.css) are kept for good, as their name changes
// whenever their content does; everything else is revalidated. Used by the servers of
// scripts/lighthouse.mjs and tests/e2e/firefox (tests/e2e/src/lib.rs has the Rust harness's).
export const cacheControl = (path) =>
  /-[0-9a-f]{1,16}(_bg)?\.(js|wasm|css)$/.test(path) ? "public, max-age=31536000, immutable" : "no-cache";

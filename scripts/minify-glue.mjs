// Trunk post_build hook (Trunk.toml): minifies wasm-bindgen's JS glue with terser in a release
// build (43 → 20 kB raw; Trunk's own minifier broke the glue before) and puts the new file's
// sha384 as `integrity` on index.html's modulepreload link for it (Trunk.toml pattern_preload).
// The file keeps its name; its hash is still unique per build.
//   node scripts/minify-glue.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR)
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-glue: no directory (argument or TRUNK_STAGING_DIR)");
  process.exit(2);
}
if (!process.argv[2] && process.env.TRUNK_PROFILE !== "release") process.exit(0);

const glue = readdirSync(dir).filter((f) => /^forloebsberegneren-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) {
  console.error(`minify-glue: expected one glue file in ${dir}, found ${glue.length}`);
  process.exit(1);
}
const file = join(dir, glue[0]);
const source = readFileSync(file, "utf8");
const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
writeFileSync(file, code);

const digest = "sha384-" + createHash("sha384").update(code).digest("base64");
const indexFile = join(dir, "index.html");
const index = readFileSync(indexFile, "utf8");
const tag = new RegExp(`<link rel="modulepreload"[^>]*href="[^"]*${glue[0]}"[^>]*>`);
const link = index.match(tag)?.[0];
if (!link) {
  console.error(`minify-glue: no modulepreload link for ${glue[0]} in index.html`);
  process.exit(1);
}
const withDigest = link.replace(/ integrity="[^"]*"/, "").replace(/>$/, ` integrity="${digest}">`);
writeFileSync(indexFile, index.replace(link, withDigest));
console.log(`minify-glue: ${glue[0]} ${source.length} → ${code.length} bytes`);

// Trunk post_build hook (Trunk.toml): minifies wasm-bindgen's JS glue with terser in a release
// build (41 → ~20 kB raw; Trunk's own minifier broke the glue before) and writes the new file's
// sha384 into index.html's modulepreload `integrity`, which Trunk computed for the original: a
// stale digest would make the browser refuse the module. The file keeps its name; its hash is
// still unique per build.
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
const tag = new RegExp(`(<link[^>]*href="[^"]*${glue[0]}"[^>]*integrity=")sha384-[^"]*(")`);
if (!tag.test(index)) {
  console.error(`minify-glue: no integrity for ${glue[0]} in index.html`);
  process.exit(1);
}
writeFileSync(indexFile, index.replace(tag, `$1${digest}$2`));
console.log(`minify-glue: ${glue[0]} ${source.length} → ${code.length} bytes`);

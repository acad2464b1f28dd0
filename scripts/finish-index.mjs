// Trunk post_build hook (Trunk.toml), the last word on index.html in the staging directory:
// - every build: adds the SHA-256 of the page's one inline stylesheet (index.html inlines
//   style/build/main.css) to the Content-Security-Policy's style-src, so that exactly that
//   stylesheet, and no other inline style, is allowed; and moves it to the end of the head,
//   after the preloads Trunk puts there, so that a slow connection starts the module's download
//   before the stylesheet's ~17 kB have arrived (README "Performance and size");
// - release builds: minifies wasm-bindgen's JS glue with terser (43 → 20 kB raw; Trunk's own
//   minifier broke the glue before) and puts the new file's sha384 as `integrity` on
//   index.html's modulepreload link for it (Trunk.toml pattern_preload). The file keeps its
//   name; its hash is still unique per build.
// One script, because Trunk runs the hooks of a stage at the same time.
//   node scripts/finish-index.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR; with DIR, both)
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
const fail = (message) => {
  console.error(`finish-index: ${message}`);
  process.exit(1);
};
if (!dir) fail("no directory (argument or TRUNK_STAGING_DIR)");
const indexFile = join(dir, "index.html");
let index = readFileSync(indexFile, "utf8");

const styles = [...index.matchAll(/<style>([^]*?)<\/style>/g)];
if (styles.length !== 1) fail(`expected one inline stylesheet in index.html, found ${styles.length}`);
// dart-sass starts a stylesheet with non-ASCII text with a byte order mark. A file's decoder
// drops it; inside <style> it would be part of the first selector, and that rule would be lost.
const css = styles[0][1].replace(/^\uFEFF/, "");
const styleHash = "sha256-" + createHash("sha256").update(css).digest("base64");
const policy = index.match(/http-equiv="Content-Security-Policy" content="[^"]*style-src 'self'[;"]/)?.[0];
if (!policy) fail("no Content-Security-Policy with style-src 'self' in index.html");
index = index.replace(policy, policy.replace("style-src 'self'", `style-src 'self' '${styleHash}'`));
// A function, not a string, as the replacement: the stylesheet may hold "$&" or "$'".
index = index.replace(styles[0][0], "").replace("</head>", () => `<style>${css}</style>\n</head>`);

if (process.argv[2] || process.env.TRUNK_PROFILE === "release") {
  const glue = readdirSync(dir).filter((f) => /^forloebsberegneren-[0-9a-f]+\.js$/.test(f));
  if (glue.length !== 1) fail(`expected one glue file in ${dir}, found ${glue.length}`);
  const file = join(dir, glue[0]);
  const source = readFileSync(file, "utf8");
  const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(file, code);
  const digest = "sha384-" + createHash("sha384").update(code).digest("base64");
  const link = index.match(new RegExp(`<link rel="modulepreload"[^>]*href="[^"]*${glue[0]}"[^>]*>`))?.[0];
  if (!link) fail(`no modulepreload link for ${glue[0]} in index.html`);
  index = index.replace(link, link.replace(/ integrity="[^"]*"/, "").replace(/>$/, ` integrity="${digest}">`));
  console.log(`finish-index: ${glue[0]} ${source.length} → ${code.length} bytes`);
}
writeFileSync(indexFile, index);
console.log(`finish-index: inline stylesheet ${styleHash}`);

// Trunk post_build hook (Trunk.toml), the last word on index.html in the staging directory:
// - every build: puts public/boot.js, the page's start, inside the empty <script id="boot"> tag
//   Trunk writes (Trunk.toml pattern_script), so that a repeat visit starts the app without first
//   asking the server whether the file changed; adds its SHA-256 to the Content-Security-Policy's
//   script-src and the SHA-256 of the page's one inline stylesheet (index.html inlines
//   style/build/main.css) to its style-src, so that exactly that script and that stylesheet, and
//   no other inline script or style, are allowed; and moves the stylesheet to the end of the head,
//   after the preloads Trunk puts there, so that a slow connection starts the module's download
//   before the stylesheet's ~17 kB have arrived (README "Performance and size");
// - release builds: minifies boot.js and wasm-bindgen's JS glue with terser (glue 43 → 20 kB raw;
//   Trunk's own minifier broke the glue before) and puts the glue's new sha384 as `integrity` on
//   index.html's modulepreload link for it (Trunk.toml pattern_preload). The glue keeps its
//   name; its hash is still unique per build.
// One script, because Trunk runs the hooks of a stage at the same time.
//   node scripts/finish-index.mjs [DIR]   (DIR defaults to $TRUNK_STAGING_DIR; with DIR, both)
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
const fail = (message) => {
  console.error(`finish-index: ${message}`);
  process.exit(1);
};
if (!dir) fail("no directory (argument or TRUNK_STAGING_DIR)");
const indexFile = join(dir, "index.html");
let index = readFileSync(indexFile, "utf8");
const release = Boolean(process.argv[2]) || process.env.TRUNK_PROFILE === "release";
const sha256 = (text) => "sha256-" + createHash("sha256").update(text).digest("base64");
// Adds a hash source after `'self'` in one directive of the <meta> policy.
const allow = (directive, hash) => {
  const policy = index.match(new RegExp(`http-equiv="Content-Security-Policy" content="[^"]*${directive} 'self'[ ;"]`))?.[0];
  if (!policy) fail(`no Content-Security-Policy with ${directive} 'self' in index.html`);
  index = index.replace(policy, policy.replace(`${directive} 'self'`, `${directive} 'self' '${hash}'`));
};

const bootTags = index.match(/<script type="module" id="boot"[^>]*><\/script>/g) ?? [];
if (bootTags.length !== 1) fail(`expected one empty <script id="boot"> in index.html, found ${bootTags.length}`);
// The HTML parser turns CR LF into LF before the browser hashes an inline script or stylesheet:
// hash (and write) the text with LF line ends, whatever the checkout has.
const lf = (text) => text.replace(/\r\n?/g, "\n");
let boot = lf(readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../public/boot.js"), "utf8"));
if (release) boot = (await minify(boot, { module: true, compress: { passes: 2 }, mangle: true })).code;
// Inside <script>, "</script" would end the tag early and "<!--" can keep it from ending at all.
if (/<\/script|<!--/i.test(boot)) fail("boot.js holds </script or <!--, which an inline script cannot");
const bootHash = sha256(boot);
allow("script-src", bootHash);
// A function, not a string, as the replacement: the script may hold "$&" or "$'".
index = index.replace(bootTags[0], () => bootTags[0].replace("></script>", () => `>${boot}</script>`));

const styles = [...index.matchAll(/<style>([^]*?)<\/style>/g)];
if (styles.length !== 1) fail(`expected one inline stylesheet in index.html, found ${styles.length}`);
// dart-sass starts a stylesheet with non-ASCII text with a byte order mark. A file's decoder
// drops it; inside <style> it would be part of the first selector, and that rule would be lost.
const css = lf(styles[0][1].replace(/^\uFEFF/, ""));
const styleHash = sha256(css);
allow("style-src", styleHash);
// A function, not a string, as the replacement: the stylesheet may hold "$&" or "$'".
index = index.replace(styles[0][0], "").replace("</head>", () => `<style>${css}</style>\n</head>`);

if (release) {
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
console.log(`finish-index: boot.js inline (${boot.length} bytes) ${bootHash}, inline stylesheet ${styleHash}`);

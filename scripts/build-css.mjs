// `npm run build:css` — run by Trunk's pre_build hook (Trunk.toml), or by hand.
//
// 1. Compiles style/main.scss with dart-sass (the pure-JS npm `sass`; load path node_modules,
//    compressed, no source map) into style/build/main.css.
// 2. Puts the page's two fonts into the CSS as data: URIs: IBM Plex Sans 400 and 600 as DKFDS
//    ships them (node_modules/dkfds/src/fonts/IBMPlexSans/split/woff2/, latin-1), subset to the
//    characters the page uses and renamed "Beregner Sans" (OFL Reserved Font Name; see
//    scripts/subset-fonts.mjs). In the stylesheet, not beside it: a font file is only requested
//    once the CSS has been parsed, one more round trip before the text can be painted in it
//    (Lighthouse mobile: largest contentful paint 1.13 s with the files, 0.94 s inlined; README,
//    benchmark). The bytes are the same: base64 of the WOFF2 compresses back to about its size.
// 3. Checks every url() in the CSS: it must be a data: URI or a relative path to a file next to
//    main.css — never another host. DKFDS icons the CSS refers to as "icons/<name>.svg" are
//    inlined as data: URIs (so that no icon is fetched after the page has loaded); other DKFDS
//    images ("img/<file>") are copied from node_modules/dkfds/src/img/ into style/build/img/.
//    style/build/icons/ always exists, possibly empty. Anything else unresolved fails the build.
// 4. Drops the rules the page cannot use (purgecss; see below), keeping the whole stylesheet as
//    style/build/main.full.css for the test that the page looks the same with either.
//
// index.html takes them with
//   <link data-trunk rel="inline"    href="style/build/main.css">   (the page's own stylesheet)
//   <link data-trunk rel="copy-file" href="style/build/main.css">   (dist/main.css, for kilder.html)
//   <link data-trunk rel="copy-dir"  href="style/build/icons">
// so the CSS is read from the page's root (index.html, dist/main.css), next to dist/icons/.
//
// ICONS — DKFDS partials such as elements/inputs (checkbox ticks), accordions, details and
// toggleswitch use background-image: url($icons-folder-path + "<name>.svg"), default
// "../img/svg-icons/". Configure the paths once, before any other DKFDS @use:
//     @use "dkfds/src/stylesheets/variables" with ($font-path: "fonts/", $icons-folder-path: "icons/", $image-path: "img/");
//
// FONTS — what style/main.scss must do:
//   DKFDS's own @font-face rules (core/_fonts.scss, pulled in by dkfds.scss and _dkfds-base.scss)
//   point at `$font-path + "complete/woff2|woff|eot|ttf/…"`: whole-font files in four formats,
//   for weights 400/500/600/700 and italics. No value of $font-path (default
//   "../fonts/IBMPlexSans/") makes those resolve to the two files copied here. So:
//     * do NOT @use "dkfds/src/stylesheets/core/fonts" (nor dkfds.scss / _dkfds-base.scss, which
//       include it); @use only the partials the page needs, e.g.
//         @use "dkfds/src/stylesheets/core/base";
//         @use "dkfds/src/stylesheets/elements/forms";
//     * declare the two faces yourself, with the URLs below (this script replaces each with the
//       subset font's data: URI), and put the family first in DKFDS's font stack
//       ($typography-font-family: "Beregner Sans", "IBM Plex Sans", system-ui, sans-serif):
//         @font-face { font-family: "Beregner Sans"; font-style: normal; font-weight: 400;
//           font-display: optional; src: url("fonts/BeregnerSans-Regular.woff2") format("woff2"); }
//         @font-face { font-family: "Beregner Sans"; font-style: normal; font-weight: 600;
//           font-display: optional; src: url("fonts/BeregnerSans-SemiBold.woff2") format("woff2"); }
//     * $font-path is used only by core/_fonts.scss; set it to "fonts/" anyway (see ICONS above)
//       so that nothing can point at ../fonts/.
//   DKFDS's font-weight map has bold = 700 (and medium = 500); with only 400/600 shipped the
//   browser synthesises or substitutes those, so prefer 400/600 in our own CSS.
//   The fonts are under the SIL Open Font License 1.1 (see node_modules/dkfds/LICENSE.md).
//
// Outputs are only rewritten when their contents change, so `trunk serve` does not see its own
// hook's output as a change and rebuild in a loop.

import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "style", "main.scss");
const outDir = join(root, "style", "build");
const fontsSrc = join(root, "node_modules", "dkfds", "src", "fonts", "IBMPlexSans", "split", "woff2");
// IBM's latin-1 split of IBM Plex Sans 400 and 600, subset further to the page's characters and
// renamed "Beregner Sans" (scripts/subset-fonts.mjs): source file -> the URL style/main.scss
// names it by.
const FONT_FACES = [
  ["IBMPlexSans-Regular-Latin1.woff2", "fonts/BeregnerSans-Regular.woff2", "Regular"],
  ["IBMPlexSans-SemiBold-Latin1.woff2", "fonts/BeregnerSans-SemiBold.woff2", "SemiBold"],
];

function fail(msg) {
  console.error(`build:css: ${msg}`);
  process.exit(1);
}

function writeIfChanged(path, data) {
  if (existsSync(path) && Buffer.compare(readFileSync(path), Buffer.from(data)) === 0) return false;
  writeFileSync(path, data);
  return true;
}

if (!existsSync(entry)) fail(`${entry} does not exist (the page's stylesheet entry point); nothing built.`);
if (!existsSync(join(root, "node_modules", "sass"))) fail("node_modules/sass is missing: run scripts/setup.");

const sass = await import("sass");
let css;
try {
  css = sass.compile(entry, {
    loadPaths: [join(root, "node_modules")],
    style: "compressed",
    sourceMap: false,
    // DKFDS 11 still uses some Sass features that dart-sass deprecates; their warnings are not ours.
    quietDeps: true,
  }).css;
} catch (e) {
  fail(`sass failed on style/main.scss:\n${e.message}`);
}

const { pageCharacters, subsetAndRename } = await import("./subset-fonts.mjs");
const pageChars = pageCharacters(root);
for (const [from, url, style] of FONT_FACES) {
  const src = join(fontsSrc, from);
  if (!existsSync(src)) fail(`${src} is missing (dkfds layout changed?)`);
  const font = await subsetAndRename(readFileSync(src), pageChars, style);
  const named = `url("${url}")`;
  if (!css.includes(named)) fail(`style/main.scss has no @font-face with src ${named}`);
  css = css.split(named).join(`url("data:font/woff2;base64,${font.toString("base64")}")`);
}
// The font files earlier builds wrote beside the CSS.
rmSync(join(outDir, "fonts"), { recursive: true, force: true });

// Every url() in the CSS must be a data: URI, a #fragment, or a relative path to a file that
// exists next to main.css — never another host (the page must not load anything from
// elsewhere). DKFDS images referenced as icons/<name>.svg or img/<file> are copied here from
// node_modules/dkfds/src/img/ (set $icons-folder-path: "icons/" and $image-path: "img/").
const DKFDS_ASSETS = { "icons/": join(root, "node_modules/dkfds/src/img/svg-icons"), "img/": join(root, "node_modules/dkfds/src/img") };
const copied = { "icons/": [], "img/": [] };
const bad = [];
// DKFDS's SVG icons are inlined as data: URIs (the CSP allows img-src data:): an icon file would
// otherwise be fetched the first time a state that shows it appears (a <details> opened, a
// checkbox ticked), and the page must make no request after it has loaded. Other images are
// copied next to the CSS.
const inlined = new Map();
const svgDataUri = (svg) =>
  "data:image/svg+xml," + svg.toString("utf8").trim().replace(/\s+/g, " ").replace(/"/g, "'").replace(/[%#<>{}]/g, encodeURIComponent);
for (const m of css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/g)) {
  const url = m[2].trim();
  if (url.startsWith("data:") || url.startsWith("#")) continue;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("/") || url.includes("..")) { bad.push(url); continue; }
  const path = url.split(/[?#]/)[0];
  const prefix = Object.keys(DKFDS_ASSETS).find((p) => path.startsWith(p));
  if (prefix) {
    const src = join(DKFDS_ASSETS[prefix], path.slice(prefix.length));
    if (!existsSync(src)) { bad.push(url); continue; }
    if (path.endsWith(".svg")) { inlined.set(m[0], `url("${svgDataUri(readFileSync(src))}")`); continue; }
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    writeIfChanged(join(outDir, path), readFileSync(src));
    copied[prefix].push(path.slice(prefix.length));
  } else if (!existsSync(join(outDir, path))) {
    bad.push(url);
  }
}
for (const [from, to] of inlined) css = css.split(from).join(to);
// icons/ always exists (possibly empty), so index.html can always copy-dir it.
mkdirSync(join(outDir, "icons"), { recursive: true });
keepOnly(join(outDir, "icons"), copied["icons/"]);
if (existsSync(join(outDir, "img"))) keepOnly(join(outDir, "img"), copied["img/"]);
if (bad.length) {
  fail(`style/build/main.css refers to files that are not next to it (or to other hosts):\n  ${[...new Set(bad)].join("\n  ")}\n` +
       `DKFDS icons must be "icons/<name>.svg" (set $icons-folder-path: "icons/").`);
}
// Only the rules the page can use: a rule stays if every class, id and element it names occurs
// as a word somewhere in src/ (Rust), index.html or public/ — so a class must be written out
// whole in the source, never pieced together. DKFDS's partials hold far more than the page
// uses (−45 % of the CSS). The whole stylesheet is kept as style/build/main.full.css (not
// shipped) for tests/e2e/tests/styles.rs, which checks that the page looks exactly the same
// with either, in every state it checks.
writeIfChanged(join(outDir, "main.full.css"), css + "\n");
const { PurgeCSS } = await import("purgecss");
const [purged] = await new PurgeCSS().purge({
  content: [join(root, "src/**/*.rs"), join(root, "index.html"), join(root, "public/**/*.js")],
  css: [{ raw: css }],
  defaultExtractor: (text) => text.match(/[A-Za-z0-9_-]+/g) || [],
});
const fullLength = css.length;
css = purged.css;
const cssChanged = writeIfChanged(join(outDir, "main.css"), css + "\n");

const imgs = copied["img/"].length;
console.log(`build:css: style/build/main.css (${css.length} of ${fullLength} bytes${cssChanged ? "" : ", unchanged"}), ` +
            `${FONT_FACES.length} fonts and ${inlined.size} icons inlined${imgs ? `, ${imgs} images` : ""}`);

// Remove from dir everything not in keep (a path relative to dir), so dist/ ships only what is used.
function keepOnly(dir, keep) {
  for (const f of readdirSync(dir, { recursive: true })) {
    const full = join(dir, f);
    if (!keep.includes(f) && !keep.some((k) => k.startsWith(f + "/"))) rmSync(full, { recursive: true, force: true });
  }
}

// Used by scripts/build-css.mjs: the page's two font files, cut down to the characters the page
// can show, and renamed.
//
// The page's text is all in the Rust sources (src/**/*.rs) and index.html; what a user types is
// dates and amounts. So each face keeps printable ASCII, the no-break space, and every other
// character that occurs in those files — about 115 characters instead of IBM's latin-1 split
// (~220) — which takes the two files from 34 kB to about 21 kB. A character that is missing
// anyway falls back to the next font in the CSS stack, so the page never shows a blank.
// The TrueType hinting instructions are dropped too (15.8 kB instead of 22.6 kB for the two): only
// Windows' rasteriser applies them; the outlines are unchanged, so the letters are the same shapes,
// at most a little softer on a low-resolution Windows screen. No OpenType layout features are
// kept either (11.7 kB instead of 15.8 kB for the two): the page's characters are all precomposed
// glyphs, so that drops only the kerning table (GPOS, ~6.9 kB per face before compression) and
// ligatures; letter pairs such as "Ty" or "Vo" then sit a little further apart. The trade keeps
// the first load within its 150 kB budget (README, benchmark).
//
// IBM Plex Sans is under the SIL Open Font License 1.1 with the Reserved Font Name "Plex". A
// subset is a Modified Version, which may not use that name: the subset fonts are called
// "Beregner Sans" (name table and CSS @font-face), and keep IBM's copyright notice and the
// license description and URL (name IDs 0, 13, 14) as the license requires.
//
// Tools: npm `subset-font` (HarfBuzz's hb-subset compiled to WebAssembly) and `fontverter`
// (WOFF2) — plain npm packages, no native build.

import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const FAMILY = "Beregner Sans";

/** Every character the page can show: printable ASCII, NBSP, and what the sources contain. */
export function pageCharacters(root) {
  const chars = new Set();
  for (let c = 0x20; c <= 0x7e; c++) chars.add(String.fromCharCode(c));
  chars.add("\u00a0");
  const files = [join(root, "index.html"), ...walk(join(root, "src"), ".rs")];
  for (const f of files) for (const c of readFileSync(f, "utf8")) if (c.codePointAt(0) > 0x7e) chars.add(c);
  // Escapes such as "\u{2212}" in Rust strings: the character they stand for.
  for (const f of files) {
    for (const m of readFileSync(f, "utf8").matchAll(/\\u\{([0-9a-fA-F]{1,6})\}/g)) chars.add(String.fromCodePoint(parseInt(m[1], 16)));
  }
  chars.delete("\n");
  return [...chars].sort().join("");
}

function walk(dir, ext) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

/**
 * `woff2` (a Buffer) subset to `text`, renamed to FAMILY with `style` ("Regular", "SemiBold"),
 * as WOFF2.
 */
export async function subsetAndRename(woff2, text, style) {
  const { default: subsetFont } = await import("subset-font");
  const fontverter = await import("fontverter");
  const sfnt = await subsetFont(woff2, text, { targetFormat: "truetype", noHinting: true, keepFeatures: [] });
  return Buffer.from(await fontverter.convert(renamed(Buffer.from(sfnt), style), "woff2"));
}

// ---- the name table ----------------------------------------------------------------------------

function tables(font) {
  const n = font.readUInt16BE(4);
  const out = [];
  for (let i = 0; i < n; i++) {
    const r = 12 + 16 * i;
    const tag = font.toString("latin1", r, r + 4);
    const offset = font.readUInt32BE(r + 8), length = font.readUInt32BE(r + 12);
    out.push({ tag, data: Buffer.from(font.subarray(offset, offset + length)) });
  }
  return out;
}

/** The Windows-platform (3, 1, 0x409) strings of a name table, by name ID. */
function names(name) {
  const count = name.readUInt16BE(2), storage = name.readUInt16BE(4);
  const out = {};
  for (let i = 0; i < count; i++) {
    const r = 6 + 12 * i;
    const [platform, encoding, language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => name.readUInt16BE(r + o));
    if (platform === 3 && encoding === 1 && language === 0x409) {
      out[id] = utf16be(name.subarray(storage + offset, storage + offset + length));
    }
  }
  return out;
}

const utf16be = (b) => Buffer.from(b).swap16().toString("utf16le");
const toUtf16be = (s) => Buffer.from(s, "utf16le").swap16();

function nameTable(records) {
  const ids = Object.keys(records).map(Number).sort((a, b) => a - b);
  const strings = ids.map((id) => toUtf16be(records[id]));
  const head = Buffer.alloc(6 + 12 * ids.length);
  head.writeUInt16BE(0, 0);
  head.writeUInt16BE(ids.length, 2);
  head.writeUInt16BE(head.length, 4);
  let offset = 0;
  ids.forEach((id, i) => {
    const r = 6 + 12 * i;
    [3, 1, 0x409, id, strings[i].length, offset].forEach((v, k) => head.writeUInt16BE(v, r + 2 * k));
    offset += strings[i].length;
  });
  return Buffer.concat([head, ...strings]);
}

function checksum(b) {
  const padded = Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** The font with a new name table (FAMILY, `style`; IBM's copyright and license kept). */
function renamed(font, style) {
  const ts = tables(font);
  const old = names(ts.find((t) => t.tag === "name").data);
  const ps = FAMILY.replace(/ /g, "");
  const records = {
    0: old[0] ?? "Copyright 2017 IBM Corp.",
    1: style === "Regular" ? FAMILY : `${FAMILY} ${style}`,
    2: "Regular",
    3: `${ps}-${style}; subset of IBM Plex Sans`,
    4: `${FAMILY} ${style}`,
    5: old[5] ?? "Version 1",
    6: `${ps}-${style}`,
    13: old[13] ?? "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
    14: old[14] ?? "http://scripts.sil.org/OFL",
    16: FAMILY,
    17: style,
  };
  for (const t of ts) if (t.tag === "name") t.data = nameTable(records);
  for (const t of ts) if (t.tag === "head") t.data.writeUInt32BE(0, 8); // checkSumAdjustment
  ts.sort((a, b) => (a.tag < b.tag ? -1 : 1));

  const n = ts.length;
  const log2 = Math.floor(Math.log2(n));
  const dir = Buffer.alloc(12 + 16 * n);
  dir.writeUInt32BE(font.readUInt32BE(0), 0);
  dir.writeUInt16BE(n, 4);
  dir.writeUInt16BE(16 * 2 ** log2, 6);
  dir.writeUInt16BE(log2, 8);
  dir.writeUInt16BE(16 * n - 16 * 2 ** log2, 10);
  const parts = [dir];
  let offset = dir.length;
  ts.forEach((t, i) => {
    const r = 12 + 16 * i;
    dir.write(t.tag, r, "latin1");
    dir.writeUInt32BE(checksum(t.data), r + 4);
    dir.writeUInt32BE(offset, r + 8);
    dir.writeUInt32BE(t.data.length, r + 12);
    const pad = Buffer.alloc((4 - (t.data.length % 4)) % 4);
    parts.push(t.data, pad);
    offset += t.data.length + pad.length;
  });
  const out = Buffer.concat(parts);
  const headAt = out.readUInt32BE(12 + 16 * ts.findIndex((t) => t.tag === "head") + 8);
  out.writeUInt32BE((0xb1b0afba - checksum(out)) >>> 0, headAt + 8);
  return out;
}

// Lighthouse (npm lighthouse@12.2.3, installed by scripts/bench into .tools/lighthouse) against
// each built directory served as a CDN would: brotli (quality 11, precompressed) for text, woff2
// as is, hashed files cached for a year, index.html revalidated. Lighthouse's default mobile
// profile: slow 4G (150 ms RTT, 1.6 Mbit/s) and 4× CPU slowdown, a Moto G Power-sized screen;
// simulated by default, as PageSpeed Insights does, or applied for real (--throttling devtools).
// Chromium is Debian's (CHROME_PATH); nothing downloads a browser. Prints a markdown table of
// medians. A report, not a test.
//   node scripts/lighthouse.mjs [--runs N (5)] [--throttling simulate|devtools] NAME=DIR ...
import { createServer } from "node:http";
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants } from "node:zlib";
import { cacheControl } from "./cache-control.mjs";

const root = new URL("..", import.meta.url).pathname;
const modules = join(root, ".tools/lighthouse/node_modules");
const { default: lighthouse } = await import(pathToFileURL(join(modules, "lighthouse/core/index.js")));
const chromeLauncher = await import(pathToFileURL(join(modules, "chrome-launcher/dist/index.js")));

const args = process.argv.slice(2);
let runs = 5;
// "simulate" (Lighthouse's default: an unthrottled load, then slow 4G and the slow CPU
// simulated from its trace) or "devtools" (the same profile applied for real while loading).
let throttlingMethod = "simulate";
const targets = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else if (args[i] === "--throttling") throttlingMethod = args[++i];
  else {
    const [name, dir] = args[i].split("=");
    targets.push({ name, dir });
  }
}
if (!targets.length || !(runs > 0) || !["simulate", "devtools"].includes(throttlingMethod)) {
  console.error("usage: lighthouse.mjs [--runs N] [--throttling simulate|devtools] NAME=DIR ...");
  process.exit(2);
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
};

/// Serves `dir` on a free port; resolves to its origin.
function serve(dir) {
  // Compressed once, up front (brotli 11 of the wasm takes seconds), as a CDN serves it.
  const cache = new Map();
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir)) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const type = types[extname(file)] ?? "application/octet-stream";
    const headers = {
      "Content-Type": type,
      "Cache-Control": cacheControl(file),
    };
    let body = readFileSync(file);
    if (type.startsWith("text/") || type === "application/wasm" || type === "image/svg+xml") {
      if (!cache.has(file)) {
        cache.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      body = cache.get(file);
      headers["Content-Encoding"] = "br";
      headers["Vary"] = "Accept-Encoding";
    }
    headers["Content-Length"] = body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const chromePath = process.env.CHROME_PATH || "/usr/bin/chromium";
const results = [];
for (const target of targets) {
  const { server, origin } = await serve(target.dir);
  await fetch(`${origin}/`).then((r) => r.text()).then(async (html) => {
    // Warm the compression cache with every file the page names.
    for (const [, path] of html.matchAll(/(?:href|src|data-js|data-wasm)="\/?([^"#?:]+)"/g)) await fetch(`${origin}/${path}`);
  });
  const metrics = { lcp: [], fcp: [], cls: [], tbt: [], si: [], bytes: [], observed: [] };
  for (let run = 0; run < runs; run++) {
    // A fresh Chromium (and profile) per run: a first visit.
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      ],
    });
    try {
      // Chromium's own start-up work competes with the page on two cores and made first
      // paints vary 3× (scripts/bench's first visits wait the same way): let it settle first.
      await new Promise((settled) => setTimeout(settled, 2500));
      const result = await lighthouse(`${origin}/`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        throttlingMethod,
      });
      const a = result.lhr.audits;
      metrics.lcp.push(a["largest-contentful-paint"].numericValue);
      metrics.fcp.push(a["first-contentful-paint"].numericValue);
      metrics.cls.push(a["cumulative-layout-shift"].numericValue);
      metrics.tbt.push(a["total-blocking-time"].numericValue);
      metrics.si.push(a["speed-index"].numericValue);
      metrics.bytes.push(a["total-byte-weight"].numericValue);
      const observed = a["metrics"]?.details?.items?.[0] ?? {};
      metrics.observed.push(`${observed.observedFirstContentfulPaint}/${observed.observedLargestContentfulPaint}`);
    } finally {
      await chrome.kill();
    }
  }
  server.close();
  results.push({ target, metrics });
}

const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Lighthouse ${(await import(pathToFileURL(join(modules, "lighthouse/package.json")), { with: { type: "json" } })).default.version}, mobile profile (slow 4G, 4× CPU, ${throttlingMethod === "simulate" ? "simulated" : "applied by DevTools"}), brotli server, median of ${runs} first visits:\n`);
console.log(`| | ${results.map((r) => r.target.name).join(" | ")} |`);
console.log(`|---|${results.map(() => "---:").join("|")}|`);
const row = (label, f) => console.log(`| ${label} | ${results.map((r) => f(r.metrics)).join(" | ")} |`);
row("largest contentful paint", (m) => s(median(m.lcp)));
row("first contentful paint", (m) => s(median(m.fcp)));
row("speed index", (m) => s(median(m.si)));
row("total blocking time", (m) => `${Math.round(median(m.tbt))} ms`);
row("cumulative layout shift", (m) => median(m.cls).toFixed(3));
row("bytes transferred", (m) => `${(median(m.bytes) / 1000).toFixed(1)} kB`);
row("LCP runs", (m) => m.lcp.map((x) => (x / 1000).toFixed(2)).join(" / "));
// As traced: unthrottled when simulating (Lighthouse simulates the throttled load from this
// trace), throttled with --throttling devtools.
row(`observed FCP/LCP ms (${throttlingMethod === "simulate" ? "unthrottled" : "throttled"} trace)`, (m) => m.observed.join(", "));

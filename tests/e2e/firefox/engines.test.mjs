// End-to-end in Firefox (Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core,
// which never downloads a browser): the same checks as tests/e2e/tests/engines.rs runs in
// Chromium and WebKit — the 26 seed cases typed into the form key by key with dd-mm-åååå
// dates, and a consultation (print on one or two A4 pages, the copied link opened in a fresh
// profile, save → reload → delete), and the crash view after an error while in use. Expected
// values come from the case files.
//
// Run: node --test engines.test.mjs (scripts/test does). Environment: FIREFOX_BIN (default
// /usr/bin/firefox-esr), E2E_DIST (default <repo>/dist).

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { cacheControl } from '../../../scripts/cache-control.mjs';
import { ROOT, cases, danishDate, differences, fill, headlineDa, ressourceforloebPanel, settle, clickLabel } from './form.mjs';

const DIST = process.env.E2E_DIST ?? join(ROOT, 'dist');
const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
const ARTIFACTS = join(ROOT, 'tests/artifacts');
const STORED = () => localStorage.getItem('forloebsberegneren');
// The harness's script that shows the page as it prints (a function body taking one argument).
const PRINT_MEDIA_ON_SCREEN = new Function(readFileSync(join(ROOT, 'tests/e2e/src/print_media_on_screen.js'), 'utf8'));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
};

// Serves dist/ on 127.0.0.1 with a CDN's cache headers (docs/deploy.md: Trunk's hashed files
// immutable for a year, the rest revalidated), so a reload is a repeat visit. It is also
// Firefox's proxy (loopback included): a request for any other origin is answered 403 and
// recorded, so the test sees whether the page stays silent.
const requests = [];
const server = createServer(async (req, res) => {
  const me = `127.0.0.1:${server.address().port}`;
  const url = new URL(req.url, `http://${req.headers.host ?? me}`);
  const local = url.host === me;
  requests.push({ method: req.method, url: url.href, local });
  if (!local) return res.writeHead(403).end('blocked by the e2e harness: not the page\'s origin\n');
  let path = normalize(decodeURIComponent(url.pathname)).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) path += 'index.html';
  if (path.split('/').includes('..')) return res.writeHead(400).end();
  try {
    const body = await readFile(join(DIST, path));
    res.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(path),
    });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found\n');
  }
});
server.on('connect', (req, socket) => {
  requests.push({ method: 'CONNECT', url: req.url, local: false });
  socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const port = server.address().port;
const origin = `http://127.0.0.1:${port}`;
after(() => server.close());

/** A Firefox with a fresh profile (puppeteer makes a temporary one), proxied through the server. */
async function firefox() {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox honours services.settings.server (below) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.no_proxies_on': '',
      // Firefox's own background traffic, off (as Mozilla's test harnesses do), so the
      // request log shows what the page does.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
  });
}

/**
 * The pages of a PDF: its page objects (/Type /Page, not /Pages), in the file and in every
 * Flate-compressed stream (Firefox keeps its objects in compressed object streams).
 */
function pdfPages(pdf) {
  const count = (text) => (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  let pages = count(pdf.toString('latin1'));
  for (let at = pdf.indexOf('stream'); at >= 0; at = pdf.indexOf('stream', at + 1)) {
    let start = at + 'stream'.length;
    if (pdf[start] === 0x0d) start += 1;
    if (pdf[start] !== 0x0a) continue;
    const end = pdf.indexOf('endstream', start + 1);
    if (end < 0) break;
    try {
      pages += count(inflateSync(pdf.subarray(start + 1, end)).toString('latin1'));
    } catch {
      // not a Flate stream (or not a whole one): nothing to count in it
    }
    at = end + 'endstream'.length;
  }
  return pages;
}

/** The requests since the first one for the page's own origin (Firefox's startup left out). */
function sincePage(log) {
  const first = log.findIndex((r) => r.local);
  return first < 0 ? [] : log.slice(first);
}

const seed = cases('seed');

test('the 26 seed cases typed into the form give the case files\' answers (Firefox)', async () => {
  assert.equal(seed.length, 26, 'the 26 seed case files');
  const log = requests.length;
  const browser = await firefox();
  const failures = [];
  let fonts;
  try {
    console.log(`firefox: ${await browser.version()}`);
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/`);
    await page.waitForSelector('#birth_date');
    // The two faces are data: URIs inside the stylesheet (scripts/build-css.mjs): Firefox must let
    // them through the CSP (font-src data:) and decode them.
    fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].map((f) => `${f.family.replaceAll('"', '')} ${f.weight} ${f.status}`);
    });
    for (const c of seed) {
      await page.goto(`${origin}/`);
      await page.waitForSelector('#page[data-started] #birth_date');
      await fill(page, c.situation);
      failures.push(...differences(c, await ressourceforloebPanel(page)));
    }
  } finally {
    await browser.close();
  }
  assert.deepEqual(failures, [], `${failures.length} of ${seed.length} cases differ`);
  assert.deepEqual(fonts, ['Beregner Sans 400 loaded', 'Beregner Sans 600 loaded'], 'both font faces load');
  assert.deepEqual(sincePage(requests.slice(log)).filter((r) => !r.local), [], 'requests to other origins');
});

test('a consultation prints, shares a link that opens in a fresh profile, and saves until deleted (Firefox)', async () => {
  const c = seed.find((s) => s.name === 'sag-01.json');
  const birth = danishDate(c.situation.birth_date);
  const previousStart = danishDate(c.situation.previous_forloeb[0].start);
  const log = requests.length;
  const value = (page, id) => page.$eval(`#${id}`, (e) => e.value);

  let browser = await firefox();
  let link;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/`);
    await page.waitForSelector('#page[data-started] #birth_date');
    await fill(page, c.situation);
    assert.deepEqual(differences(c, await ressourceforloebPanel(page)), [], 'the counsellor\'s answer');

    // Print view: only the summary, no form chrome, laid out at the width of an A4 page's text
    // (210 mm − 2 × 16 mm = 673 px). Print media cannot be emulated over BiDi, so the page's
    // own @media print/screen rules are switched (the script engines.rs uses in WebKit).
    await page.setViewport({ width: 673, height: 900 });
    await page.evaluate(PRINT_MEDIA_ON_SCREEN, true);
    const shown = (css) => page.$eval(css, (e) => e.checkVisibility());
    assert.equal(await shown('#print-summary'), true, 'the summary is printed');
    assert.deepEqual(
      [await shown('#birth_date'), await shown('.header'), await shown('#copy-link')],
      [false, false, false],
      'no form, header or buttons in print',
    );
    const summary = await page.$eval('#print-summary', (e) => e.innerText);
    for (const part of ['Resumé af en vejledende beregning', 'Oplysninger', headlineDa(c.expected.ressourceforloeb.outcome), 'Vejledende beregning – kommunen træffer afgørelsen']) {
      assert.ok(summary.includes(part), `the printed summary lacks ${part}:\n${summary}`);
    }
    // An A4 page holds 297 mm − 16 mm − 18 mm margins = 263 mm = 994 px of text.
    const estimated = (await page.$eval('#print-summary', (e) => e.getBoundingClientRect().height)) / 994;
    await page.evaluate(PRINT_MEDIA_ON_SCREEN, false);
    assert.ok(estimated <= 2, `the summary is ${estimated.toFixed(2)} A4 pages long`);
    // Firefox's own PDF (BiDi browsingContext.print, A4).
    const pdf = Buffer.from(await page.pdf({ format: 'A4' }));
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'engines-firefox-summary.pdf'), pdf);
    const pages = pdfPages(pdf);
    assert.ok(pages >= 1 && pages <= 2, `the summary prints on ${pages} A4 pages`);
    // The screen page at A4's width is longer than two pages, so a one- or two-page print is
    // the print style's doing.
    await page.setViewport({ width: 794, height: 900 });
    const screenPages = (await page.evaluate(() => document.documentElement.scrollHeight)) / 1123;
    assert.ok(screenPages > 2, `the screen page is only ${screenPages.toFixed(1)} A4 pages long`);
    await page.setViewport({ width: 1280, height: 900 });
    console.log(`firefox: print view ${estimated.toFixed(2)} A4 pages (estimated), PDF ${pages} pages, screen page ${screenPages.toFixed(1)} A4 pages`);

    // The link.
    await page.evaluate(() => document.getElementById('copy-link').scrollIntoView({ block: 'center' }));
    await page.click('#copy-link');
    await page.waitForSelector('#share-link-url');
    link = await value(page, 'share-link-url');
    assert.ok(link.includes('#v1;') && link.includes(`birth_date=${birth}`), link);

    // Save on this device → reload → delete.
    assert.equal(await page.evaluate(STORED), null, 'nothing is stored before the person asks');
    await clickLabel(page, 'save-on-device');
    await page.waitForFunction(() => localStorage.getItem('forloebsberegneren') !== null);
    assert.match(await page.$eval('#save-status', (e) => e.textContent), /gemt/);
    await page.reload();
    await page.waitForFunction((birth) => document.getElementById('birth_date')?.value === birth, {}, birth);
    await settle(page);
    assert.equal(await value(page, 'previous_forloeb-0-start'), previousStart, 'restored after reload');
    assert.equal(await page.$eval('#save-on-device', (e) => e.checked), true, 'saving stays on');
    assert.deepEqual(differences(c, await ressourceforloebPanel(page)), [], 'the answer after reload');
    await page.evaluate(() => document.getElementById('delete-my-data').scrollIntoView({ block: 'center' }));
    await page.click('#delete-my-data');
    await page.waitForFunction(() => localStorage.getItem('forloebsberegneren') === null);
    await page.waitForFunction(() => document.getElementById('birth_date')?.value === '');
    await page.reload();
    await page.waitForSelector('#page[data-started] #birth_date');
    await settle(page);
    assert.equal(await value(page, 'birth_date'), '', 'empty after delete and reload');
    assert.equal(await page.$$eval('#consult-notice', (n) => n.length), 0, 'no notice after delete and reload');
  } finally {
    await browser.close();
  }

  // The person opens the link in a fresh profile.
  browser = await firefox();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(`${origin}/`);
    await page.waitForSelector('#page[data-started] #birth_date');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'the second profile is fresh');
    await page.goto('about:blank'); // so the link is a new document, not a fragment change
    await page.goto(`${origin}/#${link.split('#')[1]}`);
    await page.waitForFunction((birth) => document.getElementById('birth_date')?.value === birth, {}, birth);
    await settle(page);
    assert.equal(await value(page, 'previous_forloeb-0-start'), previousStart, 'the link\'s fields');
    assert.equal(await page.$eval('#consult-notice', (e) => e.dataset.notice), 'from_link');
    assert.deepEqual(differences(c, await ressourceforloebPanel(page)), [], 'the answer from the link');
    assert.equal(await page.evaluate(STORED), null, 'opening a link saves nothing');
  } finally {
    await browser.close();
  }
  const downloads = requests.slice(log).filter((r) => r.url.endsWith('.wasm')).length;
  assert.equal(downloads, 2, 'the module downloaded once per profile: the reloads take it from the cache');
  assert.deepEqual(sincePage(requests.slice(log)).filter((r) => !r.local), [], 'requests to other origins');
});

test('an error while in use shows the crash view in both languages (Firefox)', async () => {
  const browser = await firefox();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/`);
    await page.waitForSelector('#page[data-started] #birth_date');
    await fill(page, seed.find((s) => s.name === 'sag-01.json').situation);
    await page.waitForSelector('#what-if-button');
    assert.equal(await page.$('body > .crash'), null, 'no crash view before the error');
    // A part the app redraws is gone (as a browser extension might remove it), then a click.
    await page.evaluate(() => document.getElementById('what-if-panel').remove());
    await page.click('#what-if-button');
    const view = await page.waitForSelector('body > .crash[role=alert]');
    const text = await view.evaluate((e) => e.innerText);
    assert.ok(text.includes('Der opstod en fejl i beregneren') && text.includes('Genindlæs siden'), text);
    assert.ok(text.includes('Something went wrong in the calculator'), `in English too: ${text}`);
    assert.equal(await page.$eval('#main', (e) => e.hidden), true, 'the form and the answers are hidden');
  } finally {
    await browser.close();
  }
});

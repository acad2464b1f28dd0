//! `scripts/bench` (which builds both pages first) runs this: the calculator's release page
//! beside the framework floor (tests/bench/floor: the smallest Leptos 0.8 CSR page with one
//! input and one derived output, same toolchain and release profile), in headless Chromium
//! through the e2e harness, and prints a markdown table:
//!
//! * first-load bytes per file as a CDN would send them: every file the browser fetched until
//!   the first result was on screen (the harness server's request log), brotli (quality 11)
//!   and gzip -9, both by node's zlib; woff2/png/jpg as they are;
//! * load-to-first-result: from navigation start to the `first-result` performance mark, set
//!   by a test script that runs before the page's own (CDP `Page.addScriptToEvaluateOnNewDocument`):
//!   as soon as the form's inputs exist (and the document is parsed) it types a case into them
//!   (an `input` event each, as a keyboard would send) and marks `first-result` when the answer
//!   is in the DOM, and `answer-on-screen` when the paint that first shows it was presented
//!   (Element Timing). So both pages go through the same steps: fetch, compile and start the
//!   wasm, render, take an input, compute, render the answer. The page is not changed for the
//!   benchmark. Measured three times: on a *first visit* (a new Chromium with a fresh profile
//!   for every load: V8 compiles each WebAssembly function the first time it runs, so this is
//!   what a citizen opening the page meets), on a *repeat load* in the same browser, served
//!   with a CDN's cache headers (the hashed files come from the browser's cache, and V8 reuses
//!   the compiled module), and on a first visit from a *slow phone*: Lighthouse's mobile profile
//!   throttled for real by DevTools (slow 4G, the CPU 4× slower,
//!   [`cdp::throttle_like_a_slow_phone`]), the files sent brotli-compressed as a CDN sends them.
//!   For first visits also where the time goes: the first contentful paint and the moment the
//!   WebAssembly module was requested (resource timing);
//! * input-to-result: in the page, change an input and dispatch `input`, and time until a
//!   MutationObserver on the result area sees the DOM change (`performance.now()` deltas).
//!
//! Each figure is the median of repeated runs (page and floor loads interleaved, each going first
//! in every other run; the first run discarded as a warm-up). Nothing here asserts a time: it is
//! a report, not a test.
//!
//! `--against DIR` measures another build of the page (an older commit's `dist/`, a variant) in
//! the floor's place, load for load beside the page: a direct A/B, where the two are compared
//! in the same minutes rather than each against the floor in runs of their own.
//!
//! Usage: bench [--runs N (7)] [--cold-runs N (= runs)] [--phone-runs N (7)] [--inputs N (31)]
//! [--page DIR (dist)] [--floor DIR (tests/bench/floor/dist) | --against DIR]

use forloebsberegneren_e2e::{cdp, repo_root, Browser, Caching, Options, Request, Result};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// One page under test.
struct Target {
    name: &'static str,
    dist: PathBuf,
    /// `[element id, value]` typed in once the inputs exist, then for the input test the
    /// first field alternates between `toggle[0]` and `toggle[1]`.
    fills: Value,
    toggle: [&'static str; 2],
    /// A JS expression that is true once the first answer is in the DOM.
    done: &'static str,
    /// The element that holds the answer (a CSS selector), first painted with it: its paint is
    /// when the answer is on screen.
    answer: &'static str,
    /// The element whose subtree holds the answer (observed in the input test).
    result_area: &'static str,
}

/// The calculator's page (`name` tells a second build of it apart).
fn page_target(name: &'static str, dist: PathBuf) -> Target {
    Target {
        name,
        dist,
        // An ordinary case: born 1975, a new forløb from 1 June 2025 (the form's other fields
        // keep their defaults).
        fills: json!([["birth_date", "15-03-1975"], ["date", "01-06-2025"]]),
        toggle: ["15-03-1985", "15-03-1975"],
        done: "document.getElementById('ressourceforloeb-result') !== null",
        answer: "#ressourceforloeb-result",
        result_area: ".results",
    }
}

fn floor_target(dist: PathBuf) -> Target {
    Target {
        name: "floor",
        dist,
        fills: json!([["year", "1975"]]),
        toggle: ["1985", "1975"],
        done: "(document.getElementById('result')?.textContent || '').includes('51 år')",
        answer: "#result",
        result_area: "#result",
    }
}

/// Runs before the page's scripts in every new document: types the case in as soon as the
/// inputs exist and the document is parsed (the page's form is in its HTML, before the
/// WebAssembly; nobody types into a page still being parsed), marks `first-result` once the
/// answer is in the DOM, and `answer-on-screen` at the paint that first shows it: the answer's
/// element and everything in it get an `elementtiming` attribute before they can be painted,
/// and the Element Timing entry's `renderTime` is when that paint was presented. A page can put
/// its answer in the DOM well before it paints anything; a person sees it only on screen.
fn first_result_script(t: &Target) -> String {
    format!(
        r#"(() => {{
  const fills = {fills};
  let parsed = false, filled = false, marked = false;
  new PerformanceObserver((list, watcher) => {{
    const shown = list.getEntries().find((e) => e.identifier === 'answer');
    if (shown) {{
      watcher.disconnect();
      performance.mark('answer-on-screen', {{ startTime: shown.renderTime || shown.loadTime }});
    }}
  }}).observe({{ type: 'element', buffered: true }});
  const tick = () => {{
    if (!filled && parsed && fills.every(([id]) => document.getElementById(id))) {{
      filled = true;
      performance.mark('app-ready');
      for (const [id, v] of fills) {{
        const el = document.getElementById(id);
        el.value = v;
        el.dispatchEvent(new Event('input', {{ bubbles: true }}));
      }}
    }}
    if (filled && !marked && ({done})) {{
      marked = true;
      performance.mark('first-result');
      observer.disconnect();
      const answer = document.querySelector({answer:?});
      for (const el of [answer, ...answer.querySelectorAll('*')]) el.setAttribute('elementtiming', 'answer');
    }}
  }};
  const observer = new MutationObserver(tick);
  observer.observe(document, {{ childList: true, subtree: true, characterData: true }});
  // Not at readyState 'interactive', which comes before the page's deferred scripts have run.
  document.addEventListener('DOMContentLoaded', () => {{ parsed = true; tick(); }});
}})();"#,
        fills = t.fills,
        done = t.done,
        answer = t.answer
    )
}

/// In the page: `n` times, set the first field to the other toggle value, dispatch `input`,
/// and time until the result area changes. Returns the deltas in ms.
const INPUT_SCRIPT: &str = r#"
const [id, values, area, n, done] = arguments;
(async () => {
  const el = document.getElementById(id);
  const target = document.querySelector(area);
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const out = [];
  for (let i = 0; i < n; i++) {
    await frame();
    const changed = new Promise((resolve) => {
      const o = new MutationObserver(() => { o.disconnect(); resolve(performance.now()); });
      o.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    const t0 = performance.now();
    el.value = values[i % 2];
    el.dispatchEvent(new Event('input', { bubbles: true }));
    out.push((await changed) - t0);
  }
  return out;
})().then(done, (e) => done('error: ' + e));
"#;

#[derive(Default)]
struct Loaded {
    first_result_ms: Vec<f64>,
    on_screen_ms: Vec<f64>,
    app_ready_ms: Vec<f64>,
    first_paint_ms: Vec<f64>,
    wasm_requested_ms: Vec<f64>,
    /// Files fetched by the (last) first load, as dist-relative paths.
    files: Vec<String>,
}

async fn wait_mark(b: &Browser, name: &str) -> Result<f64> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let v = b
            .client()
            .execute(
                "const e = performance.getEntriesByName(arguments[0]); return e.length ? e[0].startTime : null;",
                vec![json!(name)],
            )
            .await?;
        if let Some(ms) = v.as_f64() {
            return Ok(ms);
        }
        if Instant::now() > deadline {
            return Err(format!("no performance mark {name:?} within 30 s").into());
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// One load's times (ms from navigation start) and the files it fetched.
struct Load {
    first_result: f64,
    on_screen: f64,
    app_ready: f64,
    first_paint: f64,
    wasm_requested: f64,
    files: Vec<String>,
}

/// The first contentful paint and the start of the `.wasm` request, from the page's timings.
const PHASES_SCRIPT: &str = r#"
const paint = performance.getEntriesByName('first-contentful-paint')[0];
// The last: where boot.js asks the cache and misses (a repeat visit), the download comes after.
const wasm = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).pop();
return [paint ? paint.startTime : null, wasm ? wasm.startTime : null];
"#;

impl Loaded {
    /// Keeps one load's times (not the warm-up's: the caller skips run 0).
    fn add(&mut self, l: &Load) {
        self.first_result_ms.push(l.first_result);
        self.on_screen_ms.push(l.on_screen);
        self.app_ready_ms.push(l.app_ready);
        self.first_paint_ms.push(l.first_paint);
        self.wasm_requested_ms.push(l.wasm_requested);
    }
}

impl Load {
    fn log(&self, target: &str, kind: &str, run: usize) {
        eprintln!(
            "bench: {target} {kind} {run}: first result {:.1} ms, on screen {:.1} ms (inputs ready {:.1} ms, \
             first paint {:.1} ms, WebAssembly requested {:.1} ms)",
            self.first_result, self.on_screen, self.app_ready, self.first_paint, self.wasm_requested
        );
    }
}

/// One first visit to `dist` in a new Chromium (fresh profile, new renderer), as slowed down as
/// a slow phone when `slow_phone`.
async fn first_visit(t: &Target, dist: &Path, run: usize, slow_phone: bool) -> Result<Load> {
    let b = Browser::start_with(Options { dist: dist.to_path_buf(), ..Options::default() }).await?;
    let loaded = async {
        // Let Chromium finish starting up first (its own start-up work on the two cores
        // otherwise lands in the middle of the load, at random).
        tokio::time::sleep(Duration::from_millis(1500)).await;
        cdp::on_new_document(b.client(), &first_result_script(t)).await?;
        if slow_phone {
            cdp::throttle_like_a_slow_phone(b.client()).await?;
        }
        load_once(&b, run).await
    }
    .await;
    b.close().await;
    loaded
}

/// One row of the table: the medians of `field` for the page and the floor (or the other build),
/// and their ratio.
fn row(label: &str, runs: &[Loaded], field: fn(&Loaded) -> &Vec<f64>, budget: &str) {
    let (page, floor) = (median(field(&runs[0])), median(field(&runs[1])));
    println!("| {label} | {page:.0} ms | {floor:.0} ms | {:.2} | {budget} |", page / floor);
}

/// One load of a new document.
async fn load_once(b: &Browser, run: usize) -> Result<Load> {
    let before = b.requests().len();
    b.goto(&format!("/?run={run}")).await?;
    let first_result = wait_mark(b, "first-result").await?;
    let on_screen = wait_mark(b, "answer-on-screen").await?;
    let app_ready = wait_mark(b, "app-ready").await?;
    // Let anything the first render triggers (images, say) arrive before reading the log.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let phases = b.client().execute(PHASES_SCRIPT, vec![]).await?;
    let phase = |i: usize| phases[i].as_f64().ok_or_else(|| format!("no timing {i} in {phases}"));
    let files = files_fetched(&b.requests()[before..]);
    Ok(Load { first_result, on_screen, app_ready, first_paint: phase(0)?, wasm_requested: phase(1)?, files })
}

fn files_fetched(requests: &[Request]) -> Vec<String> {
    let mut files: Vec<String> = requests
        .iter()
        .filter(|r| r.is_local() && r.method == "GET" && r.status == 200)
        .map(|r| {
            let p = r.path.split(['?', '#']).next().unwrap_or("/").trim_start_matches('/');
            if p.is_empty() || p.ends_with('/') { format!("{p}index.html") } else { p.to_string() }
        })
        .collect();
    files.sort();
    files.dedup();
    files
}

async fn input_latencies(b: &Browser, t: &Target, n: usize) -> Result<Vec<f64>> {
    let id = t.fills[0][0].clone();
    let v = b
        .client()
        .execute_async(INPUT_SCRIPT, vec![id, json!(t.toggle), json!(t.result_area), json!(n)])
        .await?;
    match v {
        Value::Array(a) => Ok(a.iter().filter_map(Value::as_f64).collect()),
        other => Err(format!("input test in {}: {other}", t.name).into()),
    }
}

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.partial_cmp(b).unwrap());
    match s.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => s[n / 2],
        n => (s[n / 2 - 1] + s[n / 2]) / 2.0,
    }
}

/// A copy of `dist` with a brotli (quality 11) `<file>.br` beside every text and WebAssembly
/// file, which the harness server sends in its place, as a CDN does: on a throttled connection
/// the bytes on the wire are what counts.
fn brotli_copy(dist: &Path) -> Result<tempfile::TempDir> {
    const NODE: &str = r#"
const zlib = require("zlib"), fs = require("fs"), path = require("path");
const [from, to] = process.argv.slice(1);
fs.cpSync(from, to, { recursive: true });
const walk = (d) => fs.readdirSync(d, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
for (const f of walk(to).filter((f) => /\.(html|js|css|wasm|svg)$/.test(f))) {
  const b = fs.readFileSync(f);
  fs.writeFileSync(f + ".br", zlib.brotliCompressSync(b, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }));
}
"#;
    let copy = tempfile::tempdir()?;
    let out = std::process::Command::new("node").arg("-e").arg(NODE).arg(dist).arg(copy.path()).output()?;
    if !out.status.success() {
        return Err(format!("node: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(copy)
}

/// `(raw, gzip -9, brotli q11)` bytes per file, from node's zlib; woff2/png/jpg as they are.
fn compressed_sizes(dist: &Path, files: &[String]) -> Result<Vec<(String, u64, u64, u64)>> {
    const NODE: &str = r#"
const zlib = require("zlib"), fs = require("fs"), path = require("path");
const [dir, ...files] = process.argv.slice(1);
const out = files.map((f) => {
  const b = fs.readFileSync(path.join(dir, f));
  if (/\.(woff2|png|jpe?g|gif|webp)$/i.test(f)) return [f, b.length, b.length, b.length];
  const gz = zlib.gzipSync(b, { level: 9 }).length;
  const br = zlib.brotliCompressSync(b, { params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
  return [f, b.length, gz, br];
});
console.log(JSON.stringify(out));
"#;
    let out = std::process::Command::new("node").arg("-e").arg(NODE).arg(dist).args(files).output()?;
    if !out.status.success() {
        return Err(format!("node: {}", String::from_utf8_lossy(&out.stderr)).into());
    }
    let rows: Vec<(String, u64, u64, u64)> = serde_json::from_slice(&out.stdout)?;
    Ok(rows)
}

fn kb(b: u64) -> String {
    format!("{:.1}", b as f64 / 1000.0)
}

/// `forloebsberegneren-0123abcd…_bg.wasm` → `forloebsberegneren-…_bg.wasm` (hashes change).
fn short(f: &str) -> String {
    let mut s = String::new();
    let mut rest = f;
    while let Some(i) = rest.find('-') {
        let after = &rest[i + 1..];
        let hex = after.chars().take_while(|c| c.is_ascii_hexdigit()).count();
        s.push_str(&rest[..=i]);
        // Trunk writes the hash as hex without leading zeros: 16 digits, now and then fewer.
        if (12..=16).contains(&hex) && after[hex..].starts_with(['.', '_']) {
            s.push('…');
            rest = &after[hex..];
        } else {
            rest = after;
        }
    }
    s + rest
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| c.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string()))
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let chromium = std::process::Command::new(std::env::var("CHROMIUM_BIN").unwrap_or_else(|_| "/usr/bin/chromium".into()))
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let date = std::process::Command::new("date")
        .arg("+%Y-%m-%d")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    format!("{date}, {cpu}, {cores} cores, {chromium} headless")
}

/// The order of the two targets in run `run`: each goes first in every other run, so that
/// neither always loads right after the other (the machine's state just after a load).
fn in_turn(run: usize) -> [usize; 2] {
    if run % 2 == 0 { [0, 1] } else { [1, 0] }
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let runs: usize = arg(&args, "--runs").map(|s| s.parse()).transpose()?.unwrap_or(7);
    let cold_runs: usize = arg(&args, "--cold-runs").map(|s| s.parse()).transpose()?.unwrap_or(runs);
    let inputs: usize = arg(&args, "--inputs").map(|s| s.parse()).transpose()?.unwrap_or(31);
    let phone_runs: usize = arg(&args, "--phone-runs").map(|s| s.parse()).transpose()?.unwrap_or(7);
    let page = arg(&args, "--page").map(PathBuf::from).unwrap_or_else(|| repo_root().join("dist"));
    let second = match (arg(&args, "--against"), arg(&args, "--floor")) {
        (Some(_), Some(_)) => {
            return Err("--against DIR takes the floor's place: give --against or --floor, not both".into())
        }
        (Some(other), None) => page_target("other", PathBuf::from(other)),
        (None, floor) => floor_target(floor.map_or_else(|| repo_root().join("tests/bench/floor/dist"), PathBuf::from)),
    };
    let targets = [page_target("page", page), second];
    let (other, budget) = match targets[1].name {
        "floor" => ("framework floor", "≤ 1.5 × floor"),
        _ => ("the other build (--against)", ""),
    };

    // One browser per page, loads interleaved so that a busy moment hits both alike; served as
    // a CDN serves them, so a repeat load takes the hashed files from the browser's cache.
    let mut browsers = Vec::new();
    for t in &targets {
        let b = Browser::start_with(Options { dist: t.dist.clone(), caching: Caching::Cdn, ..Options::default() })
            .await?;
        browsers.push(b);
    }
    let result = async {
        for (b, t) in browsers.iter().zip(&targets) {
            cdp::on_new_document(b.client(), &first_result_script(t)).await?;
        }
        let mut loaded: Vec<Loaded> = targets.iter().map(|_| Loaded::default()).collect();
        for run in 0..=runs {
            for i in in_turn(run) {
                let b = &browsers[i];
                let l = load_once(b, run).await?;
                l.log(targets[i].name, "load", run);
                if run > 0 {
                    loaded[i].add(&l);
                }
            }
        }
        // First visits: a new Chromium for every load, so nothing compiled before is reused: V8
        // compiles each WebAssembly function the first time it runs (lazy compilation), which a
        // repeat load in the same browser skips.
        let mut first_visits: Vec<Loaded> = targets.iter().map(|_| Loaded::default()).collect();
        for run in 0..=cold_runs {
            for i in in_turn(run) {
                let t = &targets[i];
                let l = first_visit(t, &t.dist, run, false).await?;
                l.log(t.name, "first visit", run);
                if run > 0 {
                    first_visits[i].add(&l);
                }
                first_visits[i].files = l.files;
            }
        }
        // First visits on a slow phone (Lighthouse's mobile profile, throttled for real), the
        // files sent brotli-compressed: what a citizen's phone meets, where the bytes count.
        let mut phone: Vec<Loaded> = targets.iter().map(|_| Loaded::default()).collect();
        let compressed = targets.iter().map(|t| brotli_copy(&t.dist)).collect::<Result<Vec<_>>>()?;
        for run in 0..=phone_runs {
            for i in in_turn(run) {
                let t = &targets[i];
                let l = first_visit(t, compressed[i].path(), run, true).await?;
                l.log(t.name, "phone", run);
                if run > 0 {
                    phone[i].add(&l);
                }
            }
        }
        let mut latencies = Vec::new();
        for (b, t) in browsers.iter().zip(&targets) {
            let l = input_latencies(b, t, inputs).await?;
            // The first change can include one-off work (lazily created closures, JIT tiers).
            let l = l[1..].to_vec();
            eprintln!("bench: {} input-to-result ms: {:?}", t.name, l.iter().map(|x| (x * 10.0).round() / 10.0).collect::<Vec<_>>());
            latencies.push(l);
        }
        Ok::<_, forloebsberegneren_e2e::Error>((loaded, first_visits, phone, latencies))
    }
    .await;
    for b in browsers {
        b.close().await;
    }
    let (loaded, first_visits, phone, latencies) = result?;

    // Bytes, of a first visit (a repeat load takes the hashed files from the cache).
    let mut sizes = Vec::new();
    for (t, l) in targets.iter().zip(&first_visits) {
        sizes.push(compressed_sizes(&t.dist, &l.files)?);
    }
    let total = |rows: &[(String, u64, u64, u64)]| {
        rows.iter().fold((0, 0, 0), |(a, b, c), r| (a + r.1, b + r.2, c + r.3))
    };
    let (pt, ft) = (total(&sizes[0]), total(&sizes[1]));

    println!(
        "Measured {} by `scripts/bench` ({} first visits, {} repeat loads, {} first visits on a slow phone \
         (Lighthouse's mobile profile throttled for real) and {} input changes each, medians).\n",
        machine(),
        cold_runs,
        runs,
        phone_runs,
        inputs - 1
    );
    println!("| | page | {other} | page ÷ {} | budget |", targets[1].name);
    println!("|---|---:|---:|---:|---|");
    println!(
        "| first load, brotli (gzip) | {} kB ({} kB) | {} kB ({} kB) | {:.2} | ≤ 150 kB |",
        kb(pt.2), kb(pt.1), kb(ft.2), kb(ft.1), pt.2 as f64 / ft.2 as f64
    );
    row("load to first result, first visit", &first_visits, |l| &l.first_result_ms, budget);
    row("(first visit: the answer on screen)", &first_visits, |l| &l.on_screen_ms, "");
    row("(first visit: first contentful paint)", &first_visits, |l| &l.first_paint_ms, "");
    row("(first visit: WebAssembly requested)", &first_visits, |l| &l.wasm_requested_ms, "");
    row("load to first result, repeat load", &loaded, |l| &l.first_result_ms, budget);
    row("(repeat load: the answer on screen)", &loaded, |l| &l.on_screen_ms, "");
    row("(of which: load to inputs on screen)", &loaded, |l| &l.app_ready_ms, "");
    row("slow phone, first visit: first contentful paint", &phone, |l| &l.first_paint_ms, "");
    row("slow phone, first visit: load to first result", &phone, |l| &l.first_result_ms, "");
    row("slow phone, first visit: the answer on screen", &phone, |l| &l.on_screen_ms, "");
    let (pi, fi) = (median(&latencies[0]), median(&latencies[1]));
    println!("| input to updated result | {pi:.2} ms | {fi:.2} ms | {:.1} | < 16 ms |", pi / fi);
    println!();
    println!("First-load files (bytes as a CDN sends them; woff2 as is):\n");
    println!("| file | raw kB | gzip -9 kB | brotli kB |");
    println!("|---|---:|---:|---:|");
    for (label, rows, t) in [("page", &sizes[0], pt), (targets[1].name, &sizes[1], ft)] {
        for r in rows.iter() {
            println!("| {label}: `{}` | {} | {} | {} |", short(&r.0), kb(r.1), kb(r.2), kb(r.3));
        }
        println!("| **{label}: total** | **{}** | **{}** | **{}** |", kb(t.0), kb(t.1), kb(t.2));
    }
    Ok(())
}

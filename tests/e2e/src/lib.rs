//! Harness for the end-to-end tests: serves `dist/` on 127.0.0.1, starts a WebDriver server
//! and a browser with a fresh profile — headless Chromium through chromedriver, or WebKitGTK's
//! MiniBrowser through WebKitWebDriver on a private Xvfb display ([`Engine`], `E2E_ENGINE`) —
//! and wraps a fantoccini client with a few helpers. Firefox is driven over WebDriver BiDi by
//! `tests/e2e/firefox/` (Node), from the same case files.
//!
//! A test looks like this — do the browser work inside an `async` block that returns a
//! `Result`, **close the browser, then assert** (so a failed assertion never leaves a session
//! or a Chromium behind; if the test panics anyway, dropping [`Browser`] kills the
//! chromedriver process group):
//!
//! ```no_run
//! # async fn t() {
//! use forloebsberegneren_e2e::Browser;
//! let b = Browser::start().await.expect("start the browser");
//! let got = async {
//!     b.goto("/").await?;
//!     b.wait_for("#ressourceforloeb-result").await?;
//!     b.set_field("birth_date", "17-05-1980").await?;
//!     b.attr("#ressourceforloeb-result", "data-outcome").await
//! }
//! .await;
//! let requests = b.close().await;
//! assert_eq!(got.unwrap().as_deref(), Some("possible"));
//! assert!(forloebsberegneren_e2e::since_page_request(&requests).iter().all(|r| r.is_local()));
//! # }
//! ```
//!
//! Every HTTP request Chromium makes — to any host — goes through the harness's server
//! (it is also Chromium's proxy, with loopback not bypassed). Requests for the server's own
//! origin are served from `dist/`; anything else is answered 403 and recorded, so a test can
//! assert that the page stays silent on the network ([`Browser::close`], [`Request::is_local`],
//! [`since_page_request`]). Chromium's own background traffic is switched off by flags, except
//! one request at startup, before the page is requested. WebKit gets the server as its proxy
//! through the W3C `proxy` capability (checked: a navigation to another host arrives as a
//! proxied request and is refused).
//!
//! Environment: `E2E_ENGINE` (`chromium`, the default, or `webkit`), `E2E_DIST` (default
//! `<repo>/dist`), `CHROMIUM_BIN` (default `/usr/bin/chromium`), `CHROMEDRIVER` (default
//! `/usr/bin/chromedriver`), `WEBKIT_DRIVER` (default `/usr/bin/WebKitWebDriver`).

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub use fantoccini::{elements::Element, Client, Locator};

pub mod cdp;
pub mod form;

pub type Error = Box<dyn std::error::Error + Send + Sync>;
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// How long the `wait_*` helpers wait before giving up.
pub const WAIT: Duration = Duration::from_secs(20);

/// The SPEC § 7 fields in the order the page asks them, top to bottom. A helper that fills a
/// case in this order sets each dependent field's trigger (`ydelse_before`, `on_sygedagpenge`,
/// `forsoerger`) before the field, as a person filling the form does.
pub const PAGE_ORDER: [&str; 18] = [
    "birth_date",
    "forsoerger",
    "hjemmeboende",
    "date",
    "wishes_forloeb",
    "decision_date",
    "previous_forloeb",
    "ydelse_before",
    "ydelse_before_monthly",
    "sygedagpenge_until",
    "other_income_monthly",
    "wage_income_monthly",
    "on_sygedagpenge",
    "sygedagpenge_extension_possible",
    "unfit_for_work",
    "target_group",
    "development_perspective",
    "rate_year",
];

/// A case's fields in `PAGE_ORDER` (a name not in it last, so a helper can refuse it).
pub fn in_page_order(
    fields: &serde_json::Map<String, serde_json::Value>,
) -> Vec<(&String, &serde_json::Value)> {
    let mut out: Vec<_> = fields.iter().collect();
    out.sort_by_key(|(name, _)| {
        PAGE_ORDER
            .iter()
            .position(|f| f == name)
            .unwrap_or(PAGE_ORDER.len())
    });
    out
}

/// The pages of a PDF: its page objects (`/Type /Page`, not `/Pages`), counted in the file and
/// in every Flate-compressed stream (Firefox and Cairo keep objects in compressed object
/// streams; Skia writes them plainly).
pub fn pdf_pages(pdf: &[u8]) -> usize {
    fn count(bytes: &[u8]) -> usize {
        let text = String::from_utf8_lossy(bytes);
        text.match_indices("/Type")
            .filter(|(i, _)| {
                let rest = text[i + 5..].trim_start();
                rest.starts_with("/Page") && !rest.starts_with("/Pages")
            })
            .count()
    }
    let mut pages = count(pdf);
    let mut at = 0;
    while let Some(start) = find(&pdf[at..], b"stream").map(|i| at + i + b"stream".len()) {
        let body = match pdf.get(start..) {
            Some([b'\r', b'\n', rest @ ..]) | Some([b'\n', rest @ ..]) => rest,
            _ => {
                at = start;
                continue;
            }
        };
        let body_start = pdf.len() - body.len();
        let Some(end) = find(body, b"endstream") else { break };
        if let Ok(inflated) = miniz_oxide::inflate::decompress_to_vec_zlib(&body[..end]) {
            pages += count(&inflated);
        }
        at = body_start + end + b"endstream".len();
    }
    pages
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The built page: `$E2E_DIST`, or `<repo>/dist`.
pub fn dist_dir() -> PathBuf {
    std::env::var_os("E2E_DIST").map(PathBuf::from).unwrap_or_else(|| repo_root().join("dist"))
}

/// Where screenshots go: `<repo>/tests/artifacts/` (git-ignored).
pub fn artifacts_dir() -> PathBuf {
    repo_root().join("tests/artifacts")
}

fn env_or(var: &str, default: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| default.to_string())
}

/// A port that was free a moment ago on 127.0.0.1.
pub fn free_port() -> io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

// ---------------------------------------------------------------------------------------------
// Static file server (and recording proxy)
// ---------------------------------------------------------------------------------------------

/// One request the server received, in arrival order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    /// `GET`, `HEAD`, `CONNECT`, …
    pub method: String,
    /// `host:port` the request was meant for (the server's own address for local requests).
    pub host: String,
    /// Path and query, e.g. `/index.html?x=1` (for `CONNECT`, the target `host:port`).
    pub path: String,
    /// The status the server answered with.
    pub status: u16,
    /// Whether the request was for the server's own origin (i.e. the page's own files).
    local: bool,
}

impl Request {
    /// True when the request was for the page's own origin (served from `dist/`).
    pub fn is_local(&self) -> bool {
        self.local
    }
}

impl std::fmt::Display for Request {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.method.as_str(), self.local) {
            ("CONNECT", _) => write!(f, "CONNECT {} -> {}", self.host, self.status),
            (_, true) => write!(f, "{} {} -> {}", self.method, self.path, self.status),
            (_, false) => write!(f, "{} http://{}{} -> {}", self.method, self.host, self.path, self.status),
        }
    }
}

/// The requests from the first one for the page's own origin on: leaves out what Chromium
/// itself does at startup, before the test navigates. For "the page makes no request to any
/// other host": `assert!(since_page_request(&requests).iter().all(Request::is_local))`.
pub fn since_page_request(requests: &[Request]) -> &[Request] {
    let first = requests.iter().position(Request::is_local).unwrap_or(requests.len());
    &requests[first..]
}

/// Shared, append-only log of the requests a [`StaticServer`] received.
pub type RequestLog = Arc<Mutex<Vec<Request>>>;

/// How the server lets the browser cache what it sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caching {
    /// `no-store` for every file: each load asks the server for everything again.
    None,
    /// As the page is deployed on a CDN: Trunk's hashed files (`name-<hash>.js`, `_bg.wasm`,
    /// `.css`) cached for a year as `immutable`, everything else revalidated (`no-cache`).
    Cdn,
}

impl Caching {
    /// The `Cache-Control` for a request path, as docs/deploy.md sets it for Trunk's files (and
    /// scripts/cache-control.mjs for the node servers).
    fn header(self, path: &str) -> &'static str {
        let file = path.split(['?', '#']).next().unwrap_or(path);
        let name = file.rsplit('/').next().unwrap_or(file);
        let stem = [".js", ".css", "_bg.wasm"].iter().find_map(|ext| name.strip_suffix(ext));
        let hashed = stem.and_then(|s| s.rsplit_once('-')).is_some_and(|(_, hash)| {
            (1..=16).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
        });
        match self {
            Caching::Cdn if hashed => "public, max-age=31536000, immutable",
            Caching::Cdn => "no-cache",
            Caching::None => "no-store",
        }
    }
}

/// Serves a directory on `127.0.0.1:<random port>` with plain std threads (independent of the
/// test's async runtime). Stops when dropped.
pub struct StaticServer {
    addr: SocketAddr,
    log: RequestLog,
    stop: Arc<AtomicBool>,
}

impl StaticServer {
    pub fn start(root: impl Into<PathBuf>) -> io::Result<Self> {
        Self::start_with(root, Caching::None)
    }

    pub fn start_with(root: impl Into<PathBuf>, caching: Caching) -> io::Result<Self> {
        let root: PathBuf = root.into();
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let addr = listener.local_addr()?;
        let log: RequestLog = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let (log2, stop2) = (log.clone(), stop.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (root, log) = (root.clone(), log2.clone());
                std::thread::spawn(move || {
                    let _ = handle(conn, &root, addr, &log, caching);
                });
            }
        });
        Ok(StaticServer { addr, log, stop })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:<port><path>`
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// A snapshot of the requests so far.
    pub fn requests(&self) -> Vec<Request> {
        self.log.lock().unwrap().clone()
    }

    /// The live log (keeps filling while the server runs).
    pub fn log(&self) -> RequestLog {
        self.log.clone()
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr); // wake the accept loop so it sees `stop`
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "webmanifest" => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

fn handle(mut conn: TcpStream, root: &Path, me: SocketAddr, log: &RequestLog, caching: Caching) -> io::Result<()> {
    conn.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(()); // a bare connect (e.g. our own shutdown wake-up)
    }
    // Read the headers, keeping Host.
    let mut host_header = None;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h)? == 0 || h == "\r\n" || h == "\n" {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.eq_ignore_ascii_case("host") {
                host_header = Some(v.trim().to_string());
            }
        }
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("").to_string();

    // Origin-form (`/x`, direct request) or absolute-form (`http://host/x`, as a proxy);
    // CONNECT is a proxy tunnel request for https/wss and is always refused.
    let (host, path) = if method == "CONNECT" {
        (target.clone(), target.clone())
    } else if let Some(rest) = target.strip_prefix("http://") {
        match rest.find('/') {
            Some(i) => (rest[..i].to_string(), rest[i..].to_string()),
            None => (rest.to_string(), "/".to_string()),
        }
    } else {
        (host_header.unwrap_or_else(|| me.to_string()), target.clone())
    };
    let local = method != "CONNECT" && (host == me.to_string() || host == format!("localhost:{}", me.port()));

    // `Some("br")` when the body is a precompressed copy.
    let mut encoding = None;
    let (status, body, ctype): (u16, Vec<u8>, &str) = if !local {
        (403, b"blocked by the e2e harness: not the page's origin\n".to_vec(), "text/plain")
    } else if method != "GET" && method != "HEAD" {
        (405, Vec::new(), "text/plain")
    } else {
        let clean = path.split(['?', '#']).next().unwrap_or("/");
        let mut rel = clean.trim_start_matches('/').to_string();
        if rel.is_empty() || rel.ends_with('/') {
            rel.push_str("index.html");
        }
        let file = root.join(&rel);
        if rel.split('/').any(|seg| seg == "..") {
            (400, Vec::new(), "text/plain")
        } else if let Ok(bytes) = std::fs::read(&file) {
            // A brotli copy beside the file (`<file>.br`, which only the benchmark's phone profile
            // writes) is sent instead, as nginx's brotli_static does (docs/deploy.md).
            let mut br = file.clone().into_os_string();
            br.push(".br");
            match std::fs::read(br) {
                Ok(compressed) => {
                    encoding = Some("br");
                    (200, compressed, content_type(&file))
                }
                Err(_) => (200, bytes, content_type(&file)),
            }
        } else {
            (404, b"not found\n".to_vec(), "text/plain")
        }
    };

    let cache_control = caching.header(&path);
    let req = Request { method: method.clone(), host, path, status, local };
    eprintln!("[e2e server] {req}");
    log.lock().unwrap().push(req);

    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    let encoding = encoding.map(|e| format!("Content-Encoding: {e}\r\nVary: Accept-Encoding\r\n")).unwrap_or_default();
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\
         Cache-Control: {cache_control}\r\n{encoding}Connection: close\r\n\r\n",
        body.len()
    );
    conn.write_all(head.as_bytes())?;
    if method != "HEAD" {
        conn.write_all(&body)?;
    }
    conn.flush()?;
    let _ = conn.shutdown(Shutdown::Write);
    // Drain what the client may still send so the close is clean.
    let _ = reader.read(&mut [0u8; 512]);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Engines, WebDriver servers, display
// ---------------------------------------------------------------------------------------------

/// The browser engine a [`Browser`] drives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Debian's Chromium, headless, through chromedriver (WebDriver classic + CDP).
    Chromium,
    /// WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic), on Xvfb.
    WebKit,
}

impl Engine {
    /// `E2E_ENGINE`: `chromium` (also when unset) or `webkit`.
    pub fn from_env() -> Self {
        match std::env::var("E2E_ENGINE").as_deref() {
            Err(_) | Ok("") | Ok("chromium") => Engine::Chromium,
            Ok("webkit") => Engine::WebKit,
            Ok(other) => panic!("E2E_ENGINE={other}: expected chromium or webkit (Firefox runs from tests/e2e/firefox)"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::WebKit => "webkit",
        }
    }
}

/// A child process in its own process group. Dropping it kills the whole group (a WebDriver
/// server and the browser processes it started, or Xvfb), so even a panicking test leaves
/// nothing running.
struct Group(Child);

impl Group {
    fn spawn(cmd: &mut Command, what: &str) -> Result<Self> {
        let child = cmd
            .stdin(Stdio::null())
            .process_group(0)
            .spawn()
            .map_err(|e| format!("cannot start {what}: {e} (run scripts/setup)"))?;
        Ok(Group(child))
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        let pgid = self.0.id() as libc::pid_t;
        // SAFETY: plain syscall; a negative pid addresses the process group we created.
        unsafe {
            libc::kill(-pgid, libc::SIGKILL);
        }
        let _ = self.0.wait();
    }
}

/// A WebDriver server (chromedriver or WebKitWebDriver) listening on a free port.
pub struct Driver {
    port: u16,
    _process: Group,
}

impl Driver {
    fn start(bin: &str, display: Option<&str>) -> Result<Self> {
        let port = free_port()?;
        let mut cmd = Command::new(bin);
        cmd.arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null());
        if let Some(display) = display {
            cmd.env("DISPLAY", display);
        }
        let process = Group::spawn(&mut cmd, bin)?;
        // Polling for the port is waiting for a condition: the server is up when it accepts.
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err(format!("{bin} did not listen on port {port} within 15 s").into());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(Driver { port, _process: process })
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

/// A private X display for WebKitGTK, which needs one: `Xvfb -displayfd` picks a free display
/// number and writes it once the server accepts connections, so nothing is guessed or waited out.
struct Xvfb {
    display: String,
    _process: Group,
}

impl Xvfb {
    fn start() -> Result<Self> {
        let mut cmd = Command::new("Xvfb");
        cmd.args(["-displayfd", "1", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        let mut process = Group::spawn(&mut cmd, "Xvfb")?;
        let mut line = String::new();
        BufReader::new(process.0.stdout.take().ok_or("Xvfb: no stdout")?).read_line(&mut line)?;
        let number = line.trim();
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("Xvfb did not report a display (got {line:?})").into());
        }
        Ok(Xvfb { display: format!(":{number}"), _process: process })
    }
}

impl Drop for Xvfb {
    /// SIGTERM first, so Xvfb removes its lock file and socket (the process group is killed
    /// after, when `_process` drops).
    fn drop(&mut self) {
        // SAFETY: plain syscall on the child we started.
        unsafe {
            libc::kill(self._process.0.id() as libc::pid_t, libc::SIGTERM);
        }
        let deadline = Instant::now() + Duration::from_secs(2);
        while matches!(self._process.0.try_wait(), Ok(None)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// The script behind [`Browser::print_media`] for an engine without print emulation (a
/// function body; `tests/e2e/firefox/` runs the same file).
pub const PRINT_MEDIA_ON_SCREEN: &str = include_str!("print_media_on_screen.js");

// ---------------------------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------------------------

/// Options for [`Browser::start_with`].
#[derive(Clone, Debug)]
pub struct Options {
    /// Window size in CSS pixels.
    pub window: (u32, u32),
    /// The directory to serve (default [`dist_dir`]).
    pub dist: PathBuf,
    /// Extra Chromium flags.
    pub extra_args: Vec<String>,
    /// Record Chromium's performance log (`goog:loggingPrefs`), which holds every DevTools
    /// `Network.*` event; read it with [`cdp::performance_log`].
    pub performance_log: bool,
    /// The engine (default [`Engine::from_env`]). Chromium-only options are ignored by WebKit.
    pub engine: Engine,
    /// How the server lets the browser cache the files (default: not at all).
    pub caching: Caching,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            window: (1280, 900),
            dist: dist_dir(),
            extra_args: Vec::new(),
            performance_log: false,
            engine: Engine::from_env(),
            caching: Caching::None,
        }
    }
}

/// A served `dist/`, a WebDriver server, a browser with a fresh profile, and a WebDriver
/// session. Call [`Browser::close`] before asserting.
pub struct Browser {
    // Field order is drop order: session, then server, then the driver's process group,
    // the display, and the profile directory last (after the browser is gone).
    client: Option<Client>,
    server: StaticServer,
    engine: Engine,
    _driver: Driver,
    _display: Option<Xvfb>,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// 1280×900 window, serving [`dist_dir`].
    pub async fn start() -> Result<Self> {
        Self::start_with(Options::default()).await
    }

    pub async fn start_with(opts: Options) -> Result<Self> {
        if !opts.dist.join("index.html").is_file() {
            return Err(format!(
                "{}/index.html is missing: build the page first with `scripts/build` \
                 (scripts/test does)",
                opts.dist.display()
            )
            .into());
        }
        let server = StaticServer::start_with(&opts.dist, opts.caching)?;
        let profile = tempfile::Builder::new().prefix("e2e-browser-").tempdir()?;
        if opts.engine == Engine::WebKit {
            return Self::start_webkit(opts, server, profile).await;
        }
        let driver = Driver::start(&env_or("CHROMEDRIVER", "/usr/bin/chromedriver"), None)?;

        let mut args: Vec<String> = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Quieten Chromium's own background traffic (autofill, update checks, sign-in, network
        // time, translate, …) so that the request log shows what the page does. What remains:
        // one CONNECT start.duckduckgo.com:443 (Debian's default search engine) at startup,
        // before the page is requested — see `since_page_request`.
        // (Chromium keeps only the last --disable-features: extend this one, do not add another.)
        args.extend(
            [
                "--disable-features=AutofillServerCommunication,OptimizationHints,MediaRouter,\
                 Translate,NetworkTimeServiceQuerying,DialMediaRouteProvider,PreconnectToSearch",
                "--disable-domain-reliability",
                "--no-pings",
                "--disable-client-side-phishing-detection",
                "--disable-default-apps",
                "--disable-extensions",
                "--no-default-browser-check",
                "--metrics-recording-only",
                "--disable-breakpad",
                "--gaia-url=http://127.0.0.1:9",
                "--component-updater=url-source=http://127.0.0.1:9",
            ]
            .iter()
            .map(|s| s.to_string()),
        );
        args.push(format!("--user-data-dir={}", profile.path().display()));
        args.push(format!("--window-size={},{}", opts.window.0, opts.window.1));
        // Route every request through the harness server, loopback included, so it sees (and
        // refuses) anything that is not the page's own origin.
        args.push(format!("--proxy-server=http://{}", server.addr()));
        args.push("--proxy-bypass-list=<-loopback>".into());
        args.extend(opts.extra_args);

        let caps = serde_json::json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": env_or("CHROMIUM_BIN", "/usr/bin/chromium"),
                "args": args,
                // No DNS prefetch / preconnect.
                "prefs": { "net": { "network_prediction_options": 2 } },
            },
        });
        let serde_json::Value::Object(mut caps) = caps else { unreachable!() };
        if opts.performance_log {
            caps.insert("goog:loggingPrefs".into(), serde_json::json!({ "performance": "ALL" }));
        }
        let client = fantoccini::ClientBuilder::new(
            hyper_util::client::legacy::connect::HttpConnector::new(),
        )
        .capabilities(caps)
        .connect(&driver.url())
        .await
        .map_err(|e| format!("cannot open a WebDriver session: {e}"))?;

        Ok(Browser {
            client: Some(client),
            server,
            engine: Engine::Chromium,
            _driver: driver,
            _display: None,
            _profile: profile,
        })
    }

    /// MiniBrowser (WebKitWebDriver's default browser) in automation mode, which gives every
    /// session its own ephemeral website data: a fresh profile, like Chromium's temp dir.
    async fn start_webkit(opts: Options, server: StaticServer, profile: tempfile::TempDir) -> Result<Self> {
        // Always a private display, so a test never draws on (or depends on) someone's screen.
        let display = Xvfb::start()?;
        let bin = env_or("WEBKIT_DRIVER", "/usr/bin/WebKitWebDriver");
        let driver = Driver::start(&bin, Some(&display.display))?;
        // Every request through the harness server, as for Chromium (W3C `proxy`; an empty
        // `noProxy` leaves loopback proxied too).
        let proxy = server.addr().to_string();
        let caps = serde_json::json!({
            "browserName": "MiniBrowser",
            "webkitgtk:browserOptions": { "args": ["--automation"] },
            "proxy": { "proxyType": "manual", "httpProxy": proxy, "sslProxy": proxy, "noProxy": [] },
        });
        let serde_json::Value::Object(caps) = caps else { unreachable!() };
        let client = fantoccini::ClientBuilder::new(
            hyper_util::client::legacy::connect::HttpConnector::new(),
        )
        .capabilities(caps)
        .connect(&driver.url())
        .await
        .map_err(|e| format!("cannot open a WebDriver session with {bin}: {e}"))?;
        client.set_window_size(opts.window.0, opts.window.1).await?;
        Ok(Browser {
            client: Some(client),
            server,
            engine: Engine::WebKit,
            _driver: driver,
            _display: Some(display),
            _profile: profile,
        })
    }

    /// The engine this browser is.
    pub fn engine(&self) -> Engine {
        self.engine
    }

    /// The fantoccini client, for anything the helpers do not cover.
    pub fn client(&self) -> &Client {
        self.client.as_ref().expect("session already closed")
    }

    /// `http://127.0.0.1:<port><path>` on the page's server.
    pub fn url(&self, path: &str) -> String {
        self.server.url(path)
    }

    /// Navigates to `path` (e.g. `/` or `/#case=…`) on the page's server.
    /// Opens `path` and waits for the app ([`Browser::wait_started`]).
    pub async fn goto(&self, path: &str) -> Result<()> {
        self.client().goto(&self.url(path)).await?;
        self.wait_started().await
    }

    /// Waits (up to [`WAIT`]) until the app has taken over the calculator's page: its form is
    /// in the HTML before the WebAssembly starts (src/present/shell.rs), but inert until then. The
    /// app marks its page `#page[data-started]`; a document without `#page` passes at once.
    pub async fn wait_started(&self) -> Result<()> {
        let deadline = Instant::now() + WAIT;
        let started = "const p = document.getElementById('page'); return !p || p.hasAttribute('data-started');";
        // On a timeout, how far the page got towards starting (public/boot.js): the document and
        // paint state, the boot message's class, and when each script and module request ended.
        let how_far = "return { \
            ready: document.readyState, visible: document.visibilityState, \
            loading: document.getElementById('loading')?.className ?? null, \
            crashed: !!document.querySelector('body > .crash'), \
            paint: performance.getEntriesByType('paint').map((e) => `${e.name} ${Math.round(e.startTime)}`), \
            requests: performance.getEntriesByType('resource').filter((e) => /\\.(js|wasm)$/.test(e.name)) \
              .map((e) => `${e.name.split('/').pop()} ${Math.round(e.responseEnd)} ms ${e.transferSize} B`), \
            now: Math.round(performance.now()) };";
        while self.client().execute(started, vec![]).await? != serde_json::Value::Bool(true) {
            if Instant::now() > deadline {
                let state = self.client().execute(how_far, vec![]).await.unwrap_or_default();
                return Err(format!("the app did not start within {WAIT:?}: {state}").into());
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Ok(())
    }

    /// Waits (up to [`WAIT`]) for an element matching the CSS selector.
    pub async fn wait_for(&self, css: &str) -> Result<Element> {
        Ok(self.client().wait().at_most(WAIT).for_element(Locator::Css(css)).await?)
    }

    /// Waits (up to [`WAIT`]) until the body's visible text contains `text`.
    pub async fn wait_for_text(&self, text: &str) -> Result<()> {
        let deadline = Instant::now() + WAIT;
        loop {
            if self.body_text().await.map(|t| t.contains(text)).unwrap_or(false) {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!("the page did not show {text:?} within {WAIT:?}").into());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The visible text of `<body>`.
    pub async fn body_text(&self) -> Result<String> {
        Ok(self.client().find(Locator::Css("body")).await?.text().await?)
    }

    /// Types `value` into the text field with this `id` (clearing it first), then blurs it so
    /// both `input` and `change` handlers have run.
    pub async fn set_field(&self, id: &str, value: &str) -> Result<()> {
        let el = self.client().find(Locator::Id(id)).await?;
        el.clear().await?;
        el.send_keys(value).await?;
        self.client()
            .execute("arguments[0].blur();", vec![serde_json::to_value(&el)?])
            .await?;
        Ok(())
    }

    /// Makes the field `id` enterable as a counsellor would: a field the page does not ask for
    /// with the answers so far (hidden until its trigger applies) is shown by ticking the switch
    /// `show-all-fields`. Helpers that fill a case in `PAGE_ORDER` set the trigger first, so
    /// this ticks the switch only for a value the form would not ask for. Then the field is
    /// scrolled to the middle of the screen.
    pub async fn reveal(&self, id: &str) -> Result<()> {
        let hidden = self
            .client()
            .execute(
                "return !!document.getElementById(arguments[0])?.closest('[hidden]');",
                vec![serde_json::Value::from(id)],
            )
            .await?;
        if hidden == serde_json::Value::Bool(true) {
            let switch = self.client().find(Locator::Id("show-all-fields")).await?;
            if !switch.is_selected().await? {
                self.click_label("show-all-fields").await?;
            }
            self.wait_for(&format!("#{id}")).await?;
        }
        self.scroll_to_middle(id).await
    }

    /// Clicks the label of the control `id`: a DKFDS checkbox is drawn by its label, so a person
    /// clicks that.
    pub async fn click_label(&self, id: &str) -> Result<()> {
        self.client()
            .find(Locator::Css(&format!("label[for='{id}']")))
            .await?
            .click()
            .await?;
        Ok(())
    }

    /// Scrolls the element `id` to the middle of the screen, as a person brings a control into
    /// view before using it — on a phone, clear of the short answer at the bottom of the screen.
    pub async fn scroll_to_middle(&self, id: &str) -> Result<()> {
        self.client()
            .execute(
                "document.getElementById(arguments[0])?.scrollIntoView({block: 'center'});",
                vec![serde_json::Value::from(id)],
            )
            .await?;
        Ok(())
    }

    /// Types `value` key by key into the field with this `id`, as a person does, and leaves it
    /// with Tab (so `change` and `blur` fire as they do for a person). The field is cleared
    /// first only if it holds something.
    pub async fn type_keys(&self, id: &str, value: &str) -> Result<()> {
        let el = self.client().find(Locator::Id(id)).await?;
        if !el.prop("value").await?.unwrap_or_default().is_empty() {
            el.clear().await?;
        }
        el.send_keys(&format!("{value}\u{e004}")).await?;
        Ok(())
    }

    /// Shows the page as it prints (`on`) or as on screen again (`!on`). Chromium emulates
    /// print media (DevTools). WebKitWebDriver has no such command (nor WebDriver's Print Page),
    /// so in WebKit the page's own rules are switched through the CSSOM: every `@media print`
    /// rule then applies on screen and every `@media screen …` rule does not — the same rules,
    /// laid out by the same engine, on screen instead of paper.
    pub async fn print_media(&self, on: bool) -> Result<()> {
        if self.engine == Engine::Chromium {
            return cdp::emulate_media(self.client(), if on { "print" } else { "" }).await;
        }
        self.client()
            .execute(PRINT_MEDIA_ON_SCREEN, vec![serde_json::Value::Bool(on)])
            .await?;
        Ok(())
    }

    /// Waits until the page has finished reacting to what was just done: the next animation
    /// frame has been rendered and the task queue has run once after it (Leptos's effects run
    /// as microtasks, so they are done by then). A condition, not a guessed delay.
    pub async fn settle(&self) -> Result<()> {
        self.client()
            .execute_async(
                "const done = arguments[arguments.length - 1]; \
                 requestAnimationFrame(() => setTimeout(done, 0));",
                vec![],
            )
            .await?;
        Ok(())
    }

    /// Waits (up to [`WAIT`]) until `script` (a function body) returns a truthy value, and
    /// returns that value.
    pub async fn wait_until(&self, what: &str, script: &str) -> Result<serde_json::Value> {
        let deadline = Instant::now() + WAIT;
        loop {
            let v = self.client().execute(script, vec![]).await?;
            let truthy = !matches!(&v, serde_json::Value::Null | serde_json::Value::Bool(false))
                && v != serde_json::json!("")
                && v != serde_json::json!(0);
            if truthy {
                return Ok(v);
            }
            if Instant::now() > deadline {
                return Err(format!("waited {WAIT:?} for {what}").into());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// The attribute `name` of the first element matching the CSS selector
    /// (`None` if the element has no such attribute).
    pub async fn attr(&self, css: &str, name: &str) -> Result<Option<String>> {
        Ok(self.client().find(Locator::Css(css)).await?.attr(name).await?)
    }

    /// Saves a PNG of the viewport to `tests/artifacts/<name>.png` and returns its path.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        let png = self.client().screenshot().await?;
        let dir = artifacts_dir();
        std::fs::create_dir_all(&dir)?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        Ok(path)
    }

    /// Requests received so far (see [`Request::is_local`]).
    pub fn requests(&self) -> Vec<Request> {
        self.server.requests()
    }

    /// Ends the WebDriver session, stops chromedriver and Chromium, and returns every request
    /// the browser made. Call this before asserting.
    pub async fn close(mut self) -> Vec<Request> {
        if let Some(client) = self.client.take() {
            let _ = tokio::time::timeout(Duration::from_secs(10), client.close()).await;
        }
        let requests = self.server.requests();
        drop(self); // kills the chromedriver process group, removes the profile
        requests
    }
}

/// What the page shows once the WebAssembly has stopped on an error (public/boot.js puts the
/// page's crash view above it).
#[derive(Debug)]
pub struct CrashView {
    pub text: String,
    pub main_hidden: bool,
    pub cannot_start_shown: bool,
}

impl CrashView {
    /// The crash view in both languages, the form and the answers hidden (they can no longer be
    /// trusted), and not the message meant for a browser without WebAssembly.
    pub fn assert_as_a_person_needs_it(&self) {
        let text = &self.text;
        assert!(self.main_hidden, "the form and the answers are hidden");
        assert!(!self.cannot_start_shown, "not the cannot-start message");
        assert!(text.contains("Der opstod en fejl i beregneren") && text.contains("Genindlæs siden"), "{text}");
        assert!(text.contains("Something went wrong in the calculator"), "in English too: {text}");
    }
}

impl Browser {
    /// Waits (up to [`WAIT`]) for the crash view and reads it. WebDriver classic only.
    pub async fn crash_view(&self) -> Result<CrashView> {
        let view = self.wait_for("body > .crash[role=alert]").await?;
        let flag = |script: &'static str| async move {
            Result::<bool>::Ok(self.client().execute(script, vec![]).await? == serde_json::Value::Bool(true))
        };
        Ok(CrashView {
            text: view.text().await?,
            main_hidden: flag("return document.getElementById('main').hidden").await?,
            cannot_start_shown: flag("return !!document.querySelector('#loading.failed')").await?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Caching;

    #[test]
    fn a_cdn_caches_only_the_hashed_files_for_good() {
        const YEAR: &str = "public, max-age=31536000, immutable";
        for (path, header) in [
            ("/forloebsberegneren-3793920908bf81d7_bg.wasm", YEAR),
            ("/forloebsberegneren-3793920908bf81d7.js", YEAR),
            ("/main-d41ae5d362d9cf1d.css?x=1", YEAR),
            ("/main-0.css", YEAR),
            ("/main-3793920908bf81d7a.css", "no-cache"),
            ("/boot.js", "no-cache"),
            ("/?run=1", "no-cache"),
            ("/icon-d41ae5d362d9cf1d.png", "no-cache"),
            ("/forloebsberegneren-3793920908bf81d7.wasm", "no-cache"),
        ] {
            assert_eq!(Caching::Cdn.header(path), header, "{path}");
            assert_eq!(Caching::None.header(path), "no-store", "{path}");
        }
    }

    /// The body and headers the server sends for `path` of `dir`.
    fn get(dir: &std::path::Path, path: &str) -> (String, Vec<u8>) {
        use std::io::{Read, Write};
        let server = super::StaticServer::start(dir).unwrap();
        let mut conn = std::net::TcpStream::connect(server.addr()).unwrap();
        write!(
            conn,
            "GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n",
            server.addr()
        )
        .unwrap();
        let mut response = Vec::new();
        conn.read_to_end(&mut response).unwrap();
        let end = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        (
            String::from_utf8_lossy(&response[..end]).into_owned(),
            response[end + 4..].to_vec(),
        )
    }

    #[test]
    fn a_brotli_copy_beside_a_file_is_sent_in_its_place() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("app.js"), "plain").unwrap();
        std::fs::write(dir.path().join("app.js.br"), "compressed").unwrap();
        std::fs::write(dir.path().join("boot.js"), "only plain").unwrap();

        let (head, body) = get(dir.path(), "/app.js");
        assert!(head.contains("Content-Encoding: br"), "{head}");
        assert!(head.contains("Content-Type: text/javascript"), "{head}");
        assert_eq!(body, b"compressed");

        let (head, body) = get(dir.path(), "/boot.js");
        assert!(!head.contains("Content-Encoding"), "{head}");
        assert_eq!(body, b"only plain");
    }
}

// Starts the WebAssembly app. Not Trunk's loader: scripts/finish-index.mjs puts this file inside
// index.html's <script id="boot"> and allows exactly it by its hash in the page's <meta>
// Content-Security-Policy (docs/deploy.md: why the HTTP header says 'unsafe-inline' and the
// <meta> policy, enforced as well, does not); Trunk writes the hashed file names into the
// tag's data attributes (Trunk.toml: build.pattern_script). If WebAssembly is missing (turned
// off, Lockdown Mode, a browser too old for 'wasm-unsafe-eval') or the module cannot be loaded
// or started, the page's #loading message (written at build time, src/present/shell.rs) says so
// (class "failed").
const boot = document.getElementById("boot");
// The form is on screen before the WebAssembly (src/present/shell.rs): mark each field the person
// changes until the app starts, so that it takes over what they typed, and not what the browser
// restored into the fields on a reload (the app restores a saved situation itself).
const typed = (event) => event.target.setAttribute?.("data-typed", "");
document.addEventListener("input", typed, true);
document.addEventListener("change", typed, true);
const failed = (error) => {
  document.getElementById("loading")?.classList.add("failed");
  if (error) console.error(error);
};
// A panic stops the module (it aborts: no Rust code runs after it), and so does any other trap.
// What it drew can no longer be trusted and it cannot say so itself: put the crash view that the
// page holds (src/present/shell.rs) above it and hide the form and the answers.
const crashed = (error) => {
  if (!(error instanceof WebAssembly.RuntimeError)) return false;
  const view = document.getElementById("crash");
  if (!view) return false;
  if (!document.querySelector("body > .crash")) {
    document.body.prepend(view.content.cloneNode(true));
    document.getElementById("main")?.setAttribute("hidden", "");
  }
  console.error(error);
  return true;
};
if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
  failed();
} else {
  addEventListener("error", (event) => crashed(event.error));
  addEventListener("unhandledrejection", (event) => crashed(event.reason));
  // An async function, not top-level await: a browser too old for that still runs this script,
  // and says that the calculator cannot start.
  (async () => {
    try {
      // The module was asked for with the page (Trunk.toml pattern_preload): this fetch is
      // answered by that preload, or by the browser's cache on a repeat visit. It asks as the
      // preload does (no-cors, with credentials), or WebKit would download the module again;
      // the module is on the page's own origin, so the response is readable all the same. The
      // page itself is painted from the HTML meanwhile (src/present/shell.rs); init awaits the
      // response.
      const wasm = fetch(boot.dataset.wasm, { mode: "no-cors", credentials: "include" });
      const { default: init } = await import(boot.dataset.js);
      await init({ module_or_path: wasm });
      document.removeEventListener("input", typed, true);
      document.removeEventListener("change", typed, true);
    } catch (error) {
      if (!crashed(error)) failed(error);
    }
  })();
}

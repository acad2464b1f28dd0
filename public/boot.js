// Starts the WebAssembly app. A file, not Trunk's inline loader, so the Content-Security-Policy
// needs no 'unsafe-inline'. Trunk writes the hashed file names into this script tag's data
// attributes (Trunk.toml: build.pattern_script). If WebAssembly is missing (turned off, Lockdown
// Mode, a browser too old for 'wasm-unsafe-eval') or the module cannot be loaded or started,
// the page's #loading message (written at build time, src/present/shell.rs) says so (class "failed").
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
  try {
    // The page is in the HTML (src/present/shell.rs): let the browser show it before the WebAssembly
    // is fetched (Trunk.toml pattern_preload), so the two do not share the connection on a slow
    // network (Lighthouse's estimate of the largest contentful paint counts every request that
    // ended before the paint). Wait until the first frame has been presented (the
    // first-contentful-paint entry), not merely drawn: a browser can present it well after
    // drawing it, and what the app draws before that (the parts only it shows) would become the
    // largest contentful paint. A page opened in the background, or already shown when this
    // script runs, does not wait; a browser without paint timing waits for one frame.
    // On a repeat visit the stylesheet came from the browser's cache (0 bytes transferred), and so,
    // most likely, does the module (both hashed and cached for good, docs/deploy.md): no download
    // to keep apart from the page's, so take the module from the cache and start at once. Asking
    // the cache only (only-if-cached) never reaches the network, but a miss is a failed request
    // that Lighthouse would count before the paint: so ask only on a repeat visit.
    const stylesheet = document.querySelector('link[rel="stylesheet"]')?.href;
    const repeat = !!stylesheet &&
      performance.getEntriesByName(stylesheet).some((e) => e.transferSize === 0 && e.decodedBodySize > 0);
    const cached = repeat
      ? await fetch(boot.dataset.wasm, { cache: "only-if-cached", mode: "same-origin" })
        .then((response) => (response.ok ? response : null), () => null)
      : null;
    const shown = () => performance.getEntriesByType("paint").some((e) => e.name === "first-contentful-paint");
    if (!cached && document.visibilityState === "visible" && !shown()) {
      await new Promise((resolve) => {
        if (typeof PerformanceObserver !== "function" || !PerformanceObserver.supportedEntryTypes?.includes("paint")) {
          requestAnimationFrame(() => setTimeout(resolve, 0));
          return;
        }
        new PerformanceObserver((entries, observer) => {
          if (entries.getEntriesByName("first-contentful-paint").length) {
            observer.disconnect();
            resolve();
          }
        }).observe({ type: "paint", buffered: true });
        // Never wait for ever (a page hidden meanwhile is not painted).
        setTimeout(resolve, 3000);
      });
    }
    // Fetch the module while the glue is evaluated: init awaits the response.
    const wasm = cached ?? fetch(boot.dataset.wasm);
    const { default: init } = await import(boot.dataset.js);
    await init({ module_or_path: wasm });
    document.removeEventListener("input", typed, true);
    document.removeEventListener("change", typed, true);
  } catch (error) {
    if (!crashed(error)) failed(error);
  }
}

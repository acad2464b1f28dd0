// Starts the WebAssembly app. A file, not Trunk's inline loader, so the Content-Security-Policy
// needs no 'unsafe-inline'. Trunk writes the hashed file names into this script tag's data
// attributes (Trunk.toml: build.pattern_script). If WebAssembly is missing (turned off, Lockdown
// Mode, a browser too old for 'wasm-unsafe-eval') or the module cannot be loaded or started,
// index.html's #loading message says so at once (class "failed").
const boot = document.getElementById("boot");
const failed = (error) => {
  document.getElementById("loading")?.classList.add("failed");
  if (error) console.error(error);
};
if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
  failed();
} else {
  try {
    const { default: init } = await import(boot.dataset.js);
    await init({ module_or_path: boot.dataset.wasm });
  } catch (error) {
    failed(error);
  }
}

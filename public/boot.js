// Starts the WebAssembly app. A file, not Trunk's inline loader, so the Content-Security-Policy
// needs no 'unsafe-inline'. Trunk writes the hashed file names into this script tag's data
// attributes (Trunk.toml: build.pattern_script). If it fails, index.html's #loading message
// stays and says why.
const boot = document.getElementById("boot");
const { default: init } = await import(boot.dataset.js);
await init({ module_or_path: boot.dataset.wasm });

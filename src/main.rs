//! The page: mounts the Leptos app (wasm32 only; on other targets this binary does nothing).
#[cfg(target_arch = "wasm32")]
fn main() {
    forloebsberegneren::page::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

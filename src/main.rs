//! The page: mounts the Leptos app (wasm32 only; on other targets this binary does nothing).
#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| leptos::view! { <p id="app">"Forløbsberegneren"</p> });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}

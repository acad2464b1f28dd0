//! The framework floor (see Cargo.toml): one input, one derived output, and the same
//! `performance.mark("first-result")` the calculator sets when its first answer is on screen.
use leptos::prelude::*;

#[component]
fn Floor() -> impl IntoView {
    let value = RwSignal::new(String::from("1980"));
    let derived = move || match value.with(|v| v.trim().parse::<i32>()) {
        Ok(year) => format!("Alder i 2026: {} år", 2026 - year),
        Err(_) => String::from("Skriv et årstal"),
    };
    view! {
        <main>
            <h1>"Floor"</h1>
            <label for="year">"Fødselsår"</label>
            <input id="year" type="text" prop:value=value on:input=move |ev| value.set(event_target_value(&ev))/>
            <section id="result" aria-live="polite"><p>{derived}</p></section>
        </main>
    }
}

fn main() {
    if let Some(loading) = document().get_element_by_id("loading") {
        loading.remove();
    }
    leptos::mount::mount_to_body(Floor);
    // The output is in the DOM once mount_to_body returns (CSR renders synchronously).
    if let Some(p) = window().performance() {
        let _ = p.mark("first-result");
    }
}

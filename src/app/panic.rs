//! A Rust panic shows a banner in the page instead of leaving it blank, and still logs the
//! details (message and place) to the console.

use std::panic;

use crate::words::text::Text;

/// Installs the hook. Call once, before mounting.
pub fn install(t: &'static Text) {
    panic::set_hook(Box::new(move |info| {
        let details = info.to_string();
        web_sys::console::error_1(&details.as_str().into());
        show_banner(t, &details);
    }));
}

/// Panics on purpose, so the browser tests can check the banner on the real page
/// (`window.wasmBindings.simulate_panic("…")`). It affects only the page that calls it.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn simulate_panic(message: String) {
    panic!("simulated: {message}");
}

fn show_banner(t: &Text, details: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_id("panic-banner");
    banner.set_class_name("panic-banner");
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("data-testid", "panic-banner");
    // Text, not HTML: the panic message may contain anything.
    banner.set_text_content(Some(&format!("{} {details}", t.panic_banner)));
    let _ = body.prepend_with_node_1(&banner);
}

//! Functions the browser tests call on the real page through `window.wasmBindings`, to check
//! what only the browser build does. They change nothing in the page.

/// Folds text as the search does, so a browser test can check that the browser's Unicode
/// normalisation agrees with the native one (`tests/fixtures/folding.json`).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn fold_text(text: String) -> String {
    crate::query::search::fold(&text)
}

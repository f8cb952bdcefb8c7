//! Keeps the view and the address bar in step: a new history entry for each choice the reader
//! makes (so Back undoes it), a replaced entry for map moves and typing, and Back/Forward
//! restore the view.

use leptos::prelude::*;

use super::state::Ctx;
use crate::query::url::{self, ViewState};

fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The view the current URL asks for, cleaned against the dataset.
pub fn initial(dataset: &crate::model::Dataset) -> ViewState {
    url::sanitize(url::parse(&location_search()), dataset)
}

/// Whether two views differ only in ways that should not add a history entry.
fn minor(a: &ViewState, b: &ViewState) -> bool {
    let mut a = a.clone();
    a.camera = b.camera;
    a.filters.search = b.filters.search.clone();
    a == *b
}

/// Starts syncing. Call once in the dashboard.
pub fn start(ctx: &Ctx) {
    let view = ctx.view;
    let dataset = ctx.loaded.dataset.clone();
    let last = StoredValue::new(view.get_untracked());
    Effect::new(move |_| {
        let state = view.get();
        let query = url::write(&state);
        if query == location_search().trim_start_matches('?') {
            last.set_value(state);
            return;
        }
        let Some(window) = web_sys::window() else { return };
        let Ok(history) = window.history() else { return };
        let path = window.location().pathname().unwrap_or_default();
        let target = if query.is_empty() { path } else { format!("{path}?{query}") };
        let replace = last.with_value(|previous| minor(previous, &state));
        let result = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target))
        };
        if result.is_err() {
            web_sys::console::warn_1(&"could not update the address bar".into());
        }
        last.set_value(state);
    });
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let state = url::sanitize(url::parse(&location_search()), &dataset);
        last.set_value(state.clone());
        view.set(state);
    });
    on_cleanup(move || handle.remove());
}

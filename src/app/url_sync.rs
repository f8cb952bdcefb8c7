//! Keeps the view and the address bar in step: a new history entry for each choice the reader
//! makes (so Back undoes it), one entry per burst of typing or slider moves, none for map
//! moves (the address is updated in place), and Back/Forward restore the view.

use leptos::prelude::*;

use super::state::ViewModel;
use crate::query::url::{self, Change, ViewState};

fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The address's `?data=` as written, if any (checked by `query::source::classify`).
pub fn asked_data() -> Option<String> {
    web_sys::UrlSearchParams::new_with_str(&location_search())
        .ok()?
        .get("data")
}

/// The tile template and credit the address asks for (`?tiles=`, `?tiles_by=`), as written.
pub fn asked_tiles() -> Option<(String, Option<String>)> {
    let params = web_sys::UrlSearchParams::new_with_str(&location_search()).ok()?;
    Some((params.get("tiles")?, params.get("tiles_by")))
}

/// The view the current URL asks for, cleaned against the dataset.
pub fn initial(dataset: &crate::model::Dataset) -> ViewState {
    url::sanitize(url::parse(&location_search()), dataset)
}

/// Starts syncing. Call once in the dashboard.
pub fn start(ctx: &ViewModel) {
    let view = ctx.view;
    let loaded = std::sync::Arc::clone(&ctx.loaded);
    let last = StoredValue::new(view.get_untracked());
    let last_change = StoredValue::new(Change::Choice);
    Effect::new(move |_| {
        let state = view.get();
        let query = url::write(&state);
        if query == location_search().trim_start_matches('?') {
            last.set_value(state);
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(history) = window.history() else {
            return;
        };
        let path = window.location().pathname().unwrap_or_default();
        let target = if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        };
        let kind = last.with_value(|previous| Change::between(previous, &state));
        // Inside an article's frame, never add to the host page's history.
        let replace = kind.replaces(last_change.get_value()) || super::embed::in_frame();
        if kind != Change::Camera {
            last_change.set_value(kind);
        }
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
        let state = url::sanitize(url::parse(&location_search()), &loaded.dataset);
        last.set_value(state.clone());
        last_change.set_value(Change::Choice);
        view.set(state);
    });
    on_cleanup(move || handle.remove());
}

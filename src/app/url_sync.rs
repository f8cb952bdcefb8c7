//! Keeps the view and the address bar in step: a new history entry for each choice the reader
//! makes (so Back undoes it), one entry per burst of typing or slider moves, none for map
//! moves (the address is updated in place), and Back/Forward restore the view.

use leptos::prelude::*;

use super::state::Ctx;
use crate::query::url::{self, ViewState};

fn location_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The dataset the URL asks for with `?data=`, if any.
pub fn dataset_url() -> Option<String> {
    url::parse(&location_search()).data
}

/// The view the current URL asks for, cleaned against the dataset.
pub fn initial(dataset: &crate::model::Dataset) -> ViewState {
    url::sanitize(url::parse(&location_search()), dataset)
}

/// What changed between two views, for deciding whether Back should undo it on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    /// Only the map moved: never a history entry of its own.
    Camera,
    /// Only the search text: one entry per burst of typing.
    Search,
    /// Only the time range: one entry per burst of slider moves.
    Time,
    /// A discrete choice (filter, selection, reset): always an entry.
    Choice,
}

fn change(a: &ViewState, b: &ViewState) -> Change {
    let mut only_camera = a.clone();
    only_camera.camera = b.camera;
    if only_camera == *b {
        return Change::Camera;
    }
    let mut only_search = only_camera.clone();
    only_search.filters.search = b.filters.search.clone();
    if only_search == *b {
        return Change::Search;
    }
    let mut only_time = only_camera;
    only_time.filters.from = b.filters.from;
    only_time.filters.to = b.filters.to;
    if only_time == *b {
        return Change::Time;
    }
    Change::Choice
}

/// Starts syncing. Call once in the dashboard.
pub fn start(ctx: &Ctx) {
    let view = ctx.view;
    let dataset = ctx.loaded.dataset.clone();
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
        let kind = last.with_value(|previous| change(previous, &state));
        let replace =
            kind == Change::Camera || (kind != Change::Choice && last_change.get_value() == kind);
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
        let state = url::sanitize(url::parse(&location_search()), &dataset);
        last.set_value(state.clone());
        last_change.set_value(Change::Choice);
        view.set(state);
    });
    on_cleanup(move || handle.remove());
}

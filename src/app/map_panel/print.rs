//! The map on paper: the page's size and every record the filters leave; the reader's view
//! comes back after.

use leptos::prelude::*;

use super::{fit_all, FOCUS_ZOOM};
use crate::app::state::ViewModel;
use crate::map::MapView;

/// Marks the page as being printed (`.is-printing` on `<html>`), which gives the map the
/// paper's size before the browser lays the page out for print.
fn printing(on: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().toggle_with_force("is-printing", on);
    }
}

/// Follows the browser's print events for `map`.
pub fn follow_printing(map: StoredValue<Option<MapView>, LocalStorage>, ctx: ViewModel) {
    // The reader's view while the page is printed.
    let saved_view = StoredValue::new_local(None::<(f64, f64, f64)>);
    let c = ctx;
    let before_print = window_event_listener(leptos::ev::beforeprint, move |_| {
        printing(true);
        map.with_value(|m| {
            let Some(m) = m else { return };
            let (lat, lon) = m.center();
            saved_view.set_value(Some((lat, lon, m.zoom())));
            m.resized();
            let dataset = &c.loaded.dataset;
            let shown: Vec<(f64, f64)> = c.evaluation.with_untracked(|e| {
                e.visible
                    .iter()
                    .filter_map(|&i| dataset.records[i].location.coordinates())
                    .collect()
            });
            if shown.is_empty() {
                fit_all(m, &c);
            } else {
                m.fit(&shown, FOCUS_ZOOM, (0.0, 0.0));
            }
        });
    });
    let after_print = window_event_listener(leptos::ev::afterprint, move |_| {
        printing(false);
        map.with_value(|m| {
            let Some(m) = m else { return };
            m.resized();
            if let Some((lat, lon, zoom)) = saved_view.get_value() {
                m.set_view(lat, lon, zoom);
            }
        });
    });
    on_cleanup(move || {
        before_print.remove();
        after_print.remove();
    });
}

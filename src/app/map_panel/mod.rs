//! Wires the view-model and the language to the Leaflet map in `crate::map`. What is drawn,
//! what opening a cluster does and how a selection is followed are decided in
//! [`crate::scene`]; this panel runs those decisions when the filters, the month, the view,
//! the selection or the language change. The map is made once: a language switch words it
//! again without fetching or indexing anything anew.

mod badge;
mod create;
mod follow;
mod host;
mod outlines;
mod place_list;
mod print;

pub use badge::MonthBadge;
pub use host::MapHost;
pub use place_list::PlaceList;

use leptos::html::Div;
use leptos::prelude::*;

use super::state::ViewModel;
use crate::map::basemap::Locator;
use crate::map::MapView;
use crate::scene::cluster::Bounds;
use crate::scene::{Frame, Scene};
use crate::words::text::Text;

/// Zoom at which a record selected from the list is shown, so its town stands apart.
const FOCUS_ZOOM: f64 = 10.0;
/// Zoom the map goes to when a search names a place.
const LOCATE_ZOOM: f64 = 11.0;
/// Markers are made for the view plus this fraction of it on every side, so a short pan
/// needs none.
const MARGIN: f64 = 0.25;

/// How far the open card covers the map from its right and bottom edges, in pixels, so a
/// revealed marker is kept clear of it (a side panel on desktop, a bottom sheet on phones).
fn card_overlap() -> (f64, f64) {
    let document = web_sys::window().and_then(|w| w.document());
    let rect = |selector: &str| {
        document
            .as_ref()
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .map(|e| e.get_bounding_client_rect())
    };
    let (Some(map), Some(card)) = (rect(".map"), rect("article.card")) else {
        return (0.0, 0.0);
    };
    crate::geometry::card_overlap(
        (map.right(), map.bottom(), map.width(), map.height()),
        (card.left(), card.top()),
    )
}

/// Fits the map to every drawn record: the first view without a camera, and "Whole region".
fn fit_all(map: &MapView, ctx: &ViewModel) {
    let all: Vec<(f64, f64)> = ctx
        .loaded
        .dataset
        .mapped_records()
        .filter_map(|r| r.location.coordinates())
        .collect();
    map.fit(&all, FOCUS_ZOOM, card_overlap());
}

/// The map's handles, shared by the panel's effects and callbacks.
#[derive(Clone, Copy)]
struct Parts {
    lang: Memo<&'static Text>,
    map: StoredValue<Option<MapView>, LocalStorage>,
    locator: StoredValue<Option<Locator>, LocalStorage>,
    scene: StoredValue<Scene>,
    /// The box of `near.geojson` once it is drawn, until a view leaves it.
    near_box: StoredValue<Option<Bounds>>,
    /// `labels.json`, kept to name the map again in another language.
    context_labels: StoredValue<Option<String>>,
    failure: RwSignal<Option<String>>,
    basemap_failed: RwSignal<bool>,
}

impl Parts {
    /// Runs `f` on the map, once it is made.
    fn with_map<R>(self, f: impl FnOnce(&MapView) -> R) -> Option<R> {
        self.map.with_value(|m| m.as_ref().map(f))
    }

    /// Recounts the scene for the filters and month shown, then draws it.
    fn refresh(self, ctx: &ViewModel) {
        let at = ctx.at.get_untracked();
        ctx.evaluation.with_untracked(|e| {
            self.scene
                .update_value(|s| s.update(&ctx.query, &e.visible, at, ctx.families.len()));
        });
        let searching = ctx.filters.with_untracked(|f| !f.search.trim().is_empty());
        self.with_map(|m| m.set_searching(searching));
        self.redraw(ctx);
    }

    /// Draws the scene for the map's current view.
    fn redraw(self, ctx: &ViewModel) {
        self.with_map(|m| {
            let nodes = ctx.open_places.with_untracked(|open| {
                let frame = Frame {
                    t: self.lang.get_untracked(),
                    zoom: m.zoom(),
                    view: Some(m.bounds().padded(MARGIN)),
                    open,
                    at: ctx.at.get_untracked(),
                    stepping: ctx.filters.with_untracked(|f| f.to.is_some()),
                };
                self.scene.try_update_value(|s| {
                    s.draw(&ctx.loaded.dataset, &ctx.query, &ctx.families, &frame)
                })
            });
            if let Err(error) = m.sync(nodes.unwrap_or_default()) {
                self.failure.set(Some(format!("{error:?}")));
            }
        });
    }
}

/// The map's place in the page: "Whole region", the map and its locator (moved in from the
/// [`MapHost`]), and what went wrong. `data-marker-count` on the map says how many records
/// it draws, in markers and clusters.
#[component]
pub fn MapPanel() -> impl IntoView {
    let host = expect_context::<MapHost>();
    let (parts, lang) = (host.parts, host.parts.lang);
    let slot = NodeRef::<Div>::new();
    let h = host.clone();
    Effect::new(move |_| {
        if let Some(slot) = slot.get() {
            h.attach(&slot);
        }
    });
    // "Whole region": every drawn record in view again, and the link forgets the camera.
    let c = host.ctx.clone();
    let whole_region = move |_| {
        parts.with_map(|m| fit_all(m, &c));
        c.view.update(|v| v.camera = None);
    };

    view! {
        <button type="button" class="chip whole-region" data-testid="whole-region" on:click=whole_region>
            {move || lang.get().whole_region}
        </button>
        <div class="map-slot" node_ref=slot></div>
        {move || parts.failure.get().map(|error| view! {
            <p class="map-error" role="alert" data-testid="map-error">{format!("{}: {error}", lang.get().map_failed)}</p>
        })}
        {move || parts.basemap_failed.get().then(|| view! {
            <p class="map-note" role="status">{move || lang.get().basemap_failed}</p>
        })}
    }
}

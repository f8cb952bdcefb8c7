//! The map's host: the Leaflet map, its elements and the effects that keep it following the
//! view-model, made once per dashboard and kept across a language switch.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::{create, follow, print, Parts, LOCATE_ZOOM};
use crate::app::state::{Ui, ViewModel};
use crate::map::MapView;
use crate::words::text::Text;

/// The map and all it keeps, made once per dashboard. The panel ([`MapPanel`]) is built
/// again when the language changes; the map's own elements move into the new panel, and the
/// map words itself again: nothing is fetched or indexed anew, and the view is kept.
#[derive(Clone)]
pub struct MapHost {
    pub(super) ctx: ViewModel,
    ui: Ui,
    pub(super) parts: Parts,
    /// The map's and the locator's elements (Leaflet's containers), made once.
    elements: StoredValue<(HtmlElement, HtmlElement), LocalStorage>,
    /// The dashboard's owner: what the map's effects belong to, not the panel's.
    owner: Option<Owner>,
}

/// A `<div>` with `class` and these attributes.
fn element(class: &str, attributes: &[(&str, &str)]) -> HtmlElement {
    let div: HtmlElement = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .expect("a document")
        .unchecked_into();
    div.set_class_name(class);
    for (name, value) in attributes {
        let _ = div.set_attribute(name, value);
    }
    div
}

impl MapHost {
    /// Prepares the map for `ctx`, speaking `lang`; it is made when the panel first mounts.
    pub fn new(ctx: &ViewModel, ui: Ui, lang: Memo<&'static Text>) -> Self {
        let parts = Parts {
            lang,
            map: StoredValue::new_local(None),
            locator: StoredValue::new_local(None),
            scene: ctx.scene,
            near_box: StoredValue::new(None),
            context_labels: StoredValue::new(None),
            failure: RwSignal::new(None),
            basemap_failed: RwSignal::new(false),
        };
        let map = element("map", &[("data-testid", "map"), ("role", "region")]);
        let locator = element(
            "locator",
            &[("aria-hidden", "true"), ("data-testid", "locator")],
        );
        Self {
            ctx: ctx.clone(),
            ui,
            parts,
            elements: StoredValue::new_local((map, locator)),
            owner: Owner::current(),
        }
    }

    /// Puts the map's elements in `slot`; the first time, makes the map there and starts
    /// following the view-model.
    pub(super) fn attach(&self, slot: &HtmlElement) {
        let (map, locator) = self.elements.get_value();
        if map.parent_element().as_deref() != Some(slot) {
            let _ = slot.append_with_node_2(&map, &locator);
        }
        if self.parts.map.with_value(Option::is_some) {
            self.parts.with_map(MapView::resized);
            return;
        }
        let (parts, ctx) = (self.parts, self.ctx.clone());
        let c = ctx.clone();
        if let Err(error) = create::make(parts, &ctx, self.ui, &map, locator, move || {
            parts.redraw(&c)
        }) {
            return parts.failure.set(Some(error));
        }
        spawn_local(parts.load_outlines(std::sync::Arc::clone(&ctx.loaded)));
        let host = self.clone();
        match &self.owner {
            Some(owner) => owner.with(move || host.follow()),
            None => host.follow(),
        }
    }

    /// The map follows the filters, the month, the language, the selection, a search naming a
    /// place and the camera of a link.
    fn follow(self) {
        let (parts, ctx, ui) = (self.parts, self.ctx, self.ui);
        // The filters, the month, an opened stack or the language: recount the scene and
        // draw it (a month can change statuses, filled, hollow or crossed, with the same
        // records). A new language words the map's own parts and names again first.
        let (c, map) = (ctx.clone(), self.elements.get_value().0);
        Effect::new(move |spoken: Option<&'static Text>| {
            let t = parts.lang.get();
            c.at.track();
            c.evaluation.track();
            c.filters.track();
            c.open_places.track();
            let _ = map.set_attribute("aria-label", t.map_label);
            if spoken.is_some_and(|s| !std::ptr::eq(s, t)) {
                parts.with_map(|m| m.set_language(t));
                parts.name_places(&c.loaded.dataset);
            }
            parts.refresh(&c);
            t
        });

        follow::follow_selection(parts, ctx.clone(), ui);

        // Search as a locator: a query naming a place moves the map there (once per place).
        let (c, places) = (ctx.clone(), std::sync::Arc::clone(&ctx.loaded));
        Effect::watch(
            move || c.filters.with(|f| c.query.locate(&f.search)),
            move |&place, previous, _| {
                if Some(&place) == previous {
                    return;
                }
                if let Some(p) = place.and_then(|p| places.dataset.places.get(p)) {
                    if let (Some(lat), Some(lon)) = (p.lat, p.lon) {
                        parts.with_map(|m| m.set_view(lat, lon, m.zoom().max(LOCATE_ZOOM)));
                    }
                }
            },
            true,
        );

        // Back/Forward or a pasted link may move the camera.
        let c = ctx.clone();
        Effect::new(move |_| {
            let Some(cam) = c.camera.get() else {
                return;
            };
            parts.with_map(|m| m.set_view(cam.lat, cam.lon, cam.zoom));
        });

        // On paper the map has the page's size and shows every record the filters leave.
        print::follow_printing(parts.map, ctx);
    }
}

//! Making the map: its callbacks (a record chosen, a cluster opened, the view moved, a
//! place's name clicked), the first view, the locator, the gesture guard and any tiles.

use leptos::prelude::*;

use super::super::media;
use super::super::state::{Ui, ViewModel};
use super::{card_overlap, fit_all, Parts};
use crate::map::basemap::Locator;
use crate::map::{Callbacks, Key, MapView, Moved};
use crate::query::url::Camera;
use crate::scene::Opening;

/// Zoom an opened cluster of several places is fitted to at most.
const FIT_ZOOM: f64 = 13.0;

/// What the map reports, wired to the view-model.
fn callbacks(parts: Parts, ctx: &ViewModel, ui: Ui, redraw: impl Fn() + 'static) -> Callbacks {
    let c = ctx.clone();
    let select = move |id: String| c.select(Some(id));
    let c = ctx.clone();
    let open_cluster = move |key: Key| {
        let phone = media::matches(media::PHONE);
        let Some(opened) = parts
            .scene
            .with_value(|s| s.open(&c.loaded.dataset, key, phone))
        else {
            return;
        };
        // Opened from the keyboard, focus goes to the first record it reveals, never to the
        // page body (the cluster's own marker is about to go).
        let from_keyboard = parts
            .map
            .with_value(|m| m.as_ref().is_some_and(MapView::has_focus));
        if let (true, Some((lat, lon))) = (from_keyboard, opened.focus_at) {
            request_animation_frame(move || {
                request_animation_frame(move || {
                    parts.with_map(|m| m.focus_nearest(lat, lon));
                })
            });
        }
        match opened.how {
            Opening::List(members) => ui.place_list.set(Some(members)),
            Opening::Spread { place, at, reach } => {
                c.open_places.update(|open| open.push(place));
                parts.with_map(|m| m.keep_inside(at, reach, card_overlap()));
            }
            // Padded clear of the controls and the card, with room for a spider.
            Opening::Fit(points) => {
                parts.with_map(|m| m.fit(&points, FIT_ZOOM, card_overlap()));
            }
        }
    };
    let view = ctx.view;
    let moved = move |m: Moved| {
        redraw();
        parts.with_map(|main| {
            parts
                .locator
                .with_value(|l| l.as_ref().map(|l| l.follow(main)));
        });
        parts.world_if_needed();
        if m.by_reader {
            view.update(|v| {
                v.camera = Some(Camera {
                    lat: m.lat,
                    lon: m.lon,
                    zoom: m.zoom,
                })
            });
        }
    };
    // A place's name opens its summary and records (those the filters leave).
    let c = ctx.clone();
    let open_place = move |town: String| {
        let members: Vec<usize> = c.evaluation.with_untracked(|e| {
            e.visible
                .iter()
                .copied()
                .filter(|&i| c.loaded.dataset.records[i].location.town == town)
                .collect()
        });
        if !members.is_empty() {
            ui.place_list.set(Some(members));
        }
    };
    Callbacks {
        select: Box::new(select),
        open_cluster: Box::new(open_cluster),
        moved: Box::new(moved),
        open_place: std::rc::Rc::new(open_place),
    }
}

/// Makes the map in `element` at the link's camera (else fitted to every record), with its
/// locator in `locator_element`, and keeps it in `parts`. Draws nothing yet.
pub fn make(
    parts: Parts,
    ctx: &ViewModel,
    ui: Ui,
    element: &web_sys::HtmlElement,
    locator_element: web_sys::HtmlElement,
    redraw: impl Fn() + 'static,
) -> Result<(), String> {
    let callbacks = callbacks(parts, ctx, ui, redraw);
    let mut made = MapView::new(element, callbacks, parts.lang.get_untracked())?;
    match ctx.camera.get_untracked() {
        Some(cam) => made.set_view(cam.lat, cam.lon, cam.zoom),
        None => fit_all(&made, ctx),
    }
    let locator = Locator::new(&locator_element).ok();
    if let Some(l) = &locator {
        l.follow(&made);
    }
    parts.locator.set_value(locator);
    // The map does not take the reader's scrolling: one finger scrolls the page (and in an
    // article, the wheel scrolls it too until the map is clicked or focused).
    made.guard_gestures(ctx.view.with_untracked(|v| v.embed) || super::super::embed::in_frame());
    // A tile layer only when the link or the dataset opts in (it requests its server).
    let tiles = ctx
        .view
        .with_untracked(|v| v.tiles.clone())
        .or_else(|| ctx.loaded.dataset.tiles.clone());
    if let Some(tiles) = &tiles {
        made.show_tiles(tiles);
    }
    parts.map.set_value(Some(made));
    Ok(())
}

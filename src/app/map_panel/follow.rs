//! Following the selection on the map: marked always, brought into view only when it
//! changes or the map comes back from the phone's list (the reader's own pans never move it).

use leptos::prelude::*;

use super::super::state::{Ui, ViewModel};
use super::{card_overlap, Parts, FOCUS_ZOOM};
use crate::scene::{follow, Follow};

/// Follows `ctx`'s selection on the map. While the phone shows the list the map is hidden
/// and waits; when it comes back it measures itself again and follows then.
pub fn follow_selection(parts: Parts, ctx: ViewModel, ui: Ui) {
    let listing = ui.list_mode;
    let open_places = ctx.open_places;
    Effect::new(move |previous: Option<(Option<String>, bool)>| {
        let selected = ctx.selected.get();
        let hidden = listing.get();
        parts.with_map(|m| m.highlight(selected.as_deref()));
        if hidden {
            return (selected, hidden);
        }
        let was_hidden = previous.as_ref().is_some_and(|p| p.1);
        if was_hidden {
            parts.with_map(|m| m.resized());
        }
        let moved = was_hidden
            || previous.as_ref().is_some_and(|p| p.0 != selected)
            || (previous.is_none() && ctx.camera.get_untracked().is_none());
        let Some(id) = selected.clone() else {
            return (selected, hidden);
        };
        let drawn = parts
            .map
            .with_value(|m| m.as_ref().is_some_and(|m| m.shows(&id)));
        let at = ctx.record(&id).and_then(|r| r.location.coordinates());
        let reveal = {
            let id = id.clone();
            move || {
                // After the card is laid out, so the marker is kept clear of it.
                request_animation_frame(move || {
                    parts.with_map(|m| m.reveal(&id, card_overlap()));
                });
            }
        };
        match follow(moved, drawn, at) {
            Follow::Stay => {}
            Follow::Reveal => reveal(),
            Follow::Open { place, at } => {
                if !open_places.with_untracked(|o| o.contains(&place)) {
                    open_places.update(|o| o.push(place));
                }
                parts.with_map(|m| {
                    m.set_view(at.0, at.1, m.zoom().max(FOCUS_ZOOM));
                    m.highlight(Some(&id));
                });
                reveal();
            }
        }
        (selected, hidden)
    });
}

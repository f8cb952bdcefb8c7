//! What the map loads after its first markers: the region's outlines, the world's around
//! them (the rest of the world only once a view leaves the near box), and the names.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::super::io::{
    fetch_text, yield_to_browser, BASEMAP_URL, LABELS_URL, NEAR_URL, WORLD_URL,
};
use super::Parts;
use crate::map::basemap::{LabelKind, MapLabel, Outline, Tier};
use crate::model::Dataset;
use crate::scene::cluster::Bounds;
use crate::words::text::Text;

/// A box no view lies within: the whole world is then needed.
const NOWHERE: Bounds = Bounds {
    south: 0.0,
    west: 0.0,
    north: 0.0,
    east: 0.0,
};

/// The dataset's places, named beside their markers in `t`'s language before any other
/// name (they are the story; countries have other candidate points to move to).
fn place_labels(dataset: &Dataset, t: &Text) -> Vec<MapLabel> {
    dataset
        .places
        .iter()
        .filter_map(|p| {
            Some(MapLabel {
                text: p.names.exactly(t.lang).unwrap_or(&p.name).to_string(),
                kind: LabelKind::Place,
                lat: p.lat?,
                lon: p.lon?,
                priority: 0,
                place: Some(p.name.clone()),
            })
        })
        .collect()
}

impl Parts {
    /// Writes every name on the map again, in the language shown: the dataset's places, and
    /// the context names of `labels.json` once it is here.
    pub fn name_places(self, dataset: &Dataset) {
        let t = self.lang.get_untracked();
        self.with_map(|m| {
            m.clear_labels();
            let mut labels = place_labels(dataset, t);
            if let Some(text) = self.context_labels.get_value() {
                labels.extend(crate::geometry::labels::context_labels(&text, t.lang));
            }
            if let Err(error) = m.show_labels(labels) {
                web_sys::console::warn_2(&"place labels".into(), &error);
            }
        });
    }

    /// One tier of the world's outline, drawn in the map and the locator.
    async fn show_world(self, url: &'static str) -> Option<Outline> {
        let world = Outline::parse(&fetch_text(url).await.ok()?)?;
        self.with_map(|m| m.show_basemap(&world, Tier::World));
        self.locator
            .with_value(|l| l.as_ref().map(|l| l.show(&world)));
        Some(world)
    }

    /// Fetches the rest of the world, once, when the map or the locator shows more than the
    /// near box.
    pub fn world_if_needed(self) {
        let Some(near) = self.near_box.get_value() else {
            return;
        };
        let outside = |b: Bounds| !b.within(&near);
        if self
            .map
            .with_value(|m| m.as_ref().is_some_and(|m| outside(m.bounds())))
            || self
                .locator
                .with_value(|l| l.as_ref().is_some_and(|l| outside(l.bounds())))
        {
            self.near_box.set_value(None);
            spawn_local(async move {
                self.show_world(WORLD_URL).await;
            });
        }
    }

    /// Loads what comes after the first markers, in order of what the reader sees first.
    pub async fn load_outlines(self, dataset: std::sync::Arc<crate::model::Loaded>) {
        // Names come after the first paint: placing them measures what lies over the map,
        // which would force a layout of the page just built.
        yield_to_browser().await;
        self.name_places(&dataset.dataset);
        let parse = |text: String| Outline::parse(&text);
        match fetch_text(BASEMAP_URL).await.ok().and_then(parse) {
            Some(geojson) => {
                self.with_map(|m| m.show_basemap(&geojson, Tier::Region));
            }
            None => self.basemap_failed.set(true),
        }
        // Without the box (the file failed, or has none), the whole world is needed.
        let near = self.show_world(NEAR_URL).await;
        self.near_box.set_value(Some(
            near.as_ref().and_then(Outline::bbox).unwrap_or(NOWHERE),
        ));
        self.world_if_needed();
        if let Ok(labels) = fetch_text(LABELS_URL).await {
            self.context_labels.set_value(Some(labels));
            self.name_places(&dataset.dataset);
        }
    }
}

//! Wires the dataset and the selection to the Leaflet map in `crate::map`.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::io::{fetch_text, BASEMAP_URL};
use crate::map::{MapPoint, MapView};
use crate::model::{Dataset, Loaded};
use crate::text::{Text, EN};

/// The points the map draws: every record with coordinates, styled by its category, in legend
/// order so that records sharing a point sit next to others of their kind.
fn map_points(t: &Text, dataset: &Dataset) -> Vec<MapPoint> {
    let rank = |id: &str| dataset.categories.iter().position(|c| c.id == id);
    let mut records: Vec<_> = dataset.mapped_records().collect();
    records.sort_by_key(|r| rank(&r.category));
    records
        .into_iter()
        .filter_map(|r| {
            let (lat, lon) = r.location.coordinates()?;
            let category = dataset.category(&r.category)?;
            Some(MapPoint {
                id: r.id.clone(),
                lat,
                lon,
                title: format!(
                    "{} — {}, {}",
                    r.name.get(t.lang),
                    category.label.get(t.lang),
                    r.location.town
                ),
                color: category.color.clone(),
                shape: category.shape,
            })
        })
        .collect()
}

/// The map, its marker count (`data-marker-count`) and its failures.
#[component]
pub fn MapPanel(loaded: Arc<Loaded>, selected: RwSignal<Option<String>>) -> impl IntoView {
    let t = &EN;
    let node = NodeRef::<Div>::new();
    let count = RwSignal::new(None::<usize>);
    let failure = RwSignal::new(None::<String>);
    let basemap_failed = RwSignal::new(false);
    let map = StoredValue::new_local(None::<MapView>);
    let points = map_points(t, &loaded.dataset);

    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        if map.with_value(Option::is_some) {
            return;
        }
        let mut view = match MapView::new(&element, move |id| selected.set(Some(id))) {
            Ok(view) => view,
            Err(error) => return failure.set(Some(error)),
        };
        match view.set_points(&points) {
            Ok(n) => count.set(Some(n)),
            Err(error) => failure.set(Some(format!("{error:?}"))),
        }
        view.fit(&points);
        map.set_value(Some(view));
        spawn_local(async move {
            let geojson = fetch_text(BASEMAP_URL)
                .await
                .ok()
                .and_then(|text| js_sys::JSON::parse(&text).ok());
            match geojson {
                Some(geojson) => map.with_value(|m| {
                    if let Some(m) = m {
                        m.show_basemap(&geojson)
                    }
                }),
                None => basemap_failed.set(true),
            }
        });
    });

    Effect::new(move |_| {
        let selected = selected.get();
        map.with_value(|m| {
            if let Some(m) = m {
                m.highlight(selected.as_deref());
            }
        });
    });

    on_cleanup(move || map.set_value(None));

    view! {
        <div
            class="map"
            node_ref=node
            data-testid="map"
            data-marker-count=move || count.get().map(|n| n.to_string())
            role="region"
            aria-label=t.map_label
        ></div>
        {move || failure.get().map(|error| view! {
            <p class="map-error" role="alert" data-testid="map-error">{format!("{}: {error}", t.map_failed)}</p>
        })}
        {move || basemap_failed.get().then(|| view! {
            <p class="map-note" role="status">{t.basemap_failed}</p>
        })}
    }
}

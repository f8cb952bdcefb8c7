//! Wires the visible records, the zoom and the selection to the Leaflet map in `crate::map`.

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::io::{fetch_text, BASEMAP_URL};
use super::state::Ctx;
use crate::map::{Callbacks, MapCluster, MapNode, MapPoint, MapView};
use crate::query::cluster::{self, place_key, Node};
use crate::query::url::Camera;
use crate::text::{Text, EN};

/// Zoom at which a record selected from the list is shown, so its town stands apart.
const FOCUS_ZOOM: f64 = 10.0;

/// Turns clustered nodes (indices into `mapped`) into what the map draws.
fn map_nodes(t: &Text, ctx: &Ctx, mapped: &[usize], nodes: &[Node]) -> Vec<MapNode> {
    let dataset = &ctx.loaded.dataset;
    nodes
        .iter()
        .filter_map(|node| match node {
            Node::Single { index, offset } => {
                let r = &dataset.records[mapped[*index]];
                let (lat, lon) = r.location.coordinates()?;
                let category = dataset.category(&r.category)?;
                Some(MapNode::Point(MapPoint {
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
                    offset: *offset,
                }))
            }
            Node::Cluster {
                lat, lon, members, ..
            } => {
                let mut parts = Vec::new();
                let mut words = Vec::new();
                for c in &dataset.categories {
                    let n = members
                        .iter()
                        .filter(|&&i| dataset.records[mapped[i]].category == c.id)
                        .count();
                    if n > 0 {
                        parts.push((c.color.clone(), n));
                        words.push(format!("{n} {}", c.label.get(t.lang)));
                    }
                }
                let title = Text::fill(
                    &Text::fill(t.cluster_label, "n", members.len()),
                    "parts",
                    words.join(", "),
                );
                Some(MapNode::Cluster(MapCluster {
                    lat: *lat,
                    lon: *lon,
                    count: members.len(),
                    parts,
                    title,
                }))
            }
        })
        .collect()
}

/// The map, with `data-marker-count` (records drawn, in markers and clusters) for tests.
#[component]
pub fn MapPanel() -> impl IntoView {
    let t = &EN;
    let ctx = expect_context::<Ctx>();
    let node = NodeRef::<Div>::new();
    let count = RwSignal::new(None::<usize>);
    let failure = RwSignal::new(None::<String>);
    let basemap_failed = RwSignal::new(false);
    let zoom = RwSignal::new(None::<f64>);
    let map = StoredValue::new_local(None::<MapView>);

    // Visible records that have coordinates, and their positions.
    let c = ctx.clone();
    let mapped = Memo::new(move |_| {
        c.visible
            .get()
            .into_iter()
            .filter(|&i| c.loaded.dataset.records[i].location.coordinates().is_some())
            .collect::<Vec<usize>>()
    });
    let c = ctx.clone();
    let positions = move || -> Vec<(f64, f64)> {
        mapped.with(|m| {
            m.iter()
                .filter_map(|&i| c.loaded.dataset.records[i].location.coordinates())
                .collect()
        })
    };
    let open_places = ctx.open_places;
    let nodes = Memo::new(move |_| {
        let z = zoom.get()?;
        Some(open_places.with(|open| cluster::cluster(&positions(), z, cluster::RADIUS, open)))
    });

    // Create the map once its element exists.
    let c = ctx.clone();
    Effect::new(move |_| {
        let Some(element) = node.get() else { return };
        if map.with_value(Option::is_some) {
            return;
        }
        let view = c.view;
        let select = {
            let c = c.clone();
            move |id: String| c.select(Some(id))
        };
        let open_cluster = {
            let c = c.clone();
            move |position: usize| {
                let Some(Some(all)) = nodes.try_get_untracked() else {
                    return;
                };
                let Some(Node::Cluster {
                    members,
                    same_place,
                    ..
                }) = all.get(position)
                else {
                    return;
                };
                let ids = mapped.get_untracked();
                let points: Vec<(f64, f64)> = members
                    .iter()
                    .filter_map(|&i| c.loaded.dataset.records[ids[i]].location.coordinates())
                    .collect();
                if *same_place {
                    let key = place_key(points[0].0, points[0].1);
                    c.open_places.update(|open| open.push(key));
                } else {
                    map.with_value(|m| {
                        if let Some(m) = m {
                            m.fit(&points, 13.0);
                        }
                    });
                }
            }
        };
        let moved = move |m: crate::map::Moved| {
            zoom.set(Some(m.zoom));
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
        let callbacks = Callbacks {
            select: Box::new(select),
            open_cluster: Box::new(open_cluster),
            moved: Box::new(moved),
        };
        let created = match MapView::new(&element, callbacks) {
            Ok(created) => created,
            Err(error) => return failure.set(Some(error)),
        };
        match c.view.with_untracked(|v| v.camera) {
            Some(cam) => created.set_view(cam.lat, cam.lon, cam.zoom),
            None => {
                let all: Vec<(f64, f64)> = c
                    .loaded
                    .dataset
                    .mapped_records()
                    .filter_map(|r| r.location.coordinates())
                    .collect();
                created.fit(&all, FOCUS_ZOOM);
            }
        }
        let labels: Vec<(String, f64, f64)> = c
            .loaded
            .dataset
            .places
            .iter()
            .filter_map(|p| Some((p.name.clone(), p.lat?, p.lon?)))
            .collect();
        if let Err(error) = created.show_labels(&labels) {
            web_sys::console::warn_2(&"place labels".into(), &error);
        }
        zoom.set(Some(created.zoom()));
        map.set_value(Some(created));
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

    // Redraw when the clusters change.
    let c = ctx.clone();
    Effect::new(move |_| {
        let Some(nodes) = nodes.get() else { return };
        let drawn = mapped.with(|m| map_nodes(t, &c, m, &nodes));
        let searching = c
            .view
            .with_untracked(|v| !v.filters.search.trim().is_empty());
        let selected = c.view.with_untracked(|v| v.selected.clone());
        map.update_value(|m| {
            if let Some(m) = m {
                match m.set_nodes(&drawn) {
                    Ok(n) => count.set(Some(n)),
                    Err(error) => failure.set(Some(format!("{error:?}"))),
                }
                m.highlight(selected.as_deref(), searching);
            }
        });
    });

    // Follow the selection: open its stack or zoom to it if it is inside a cluster.
    let c = ctx.clone();
    Effect::new(move |_| {
        let selected = c.view.with(|v| v.selected.clone());
        let searching = c.view.with(|v| !v.filters.search.trim().is_empty());
        nodes.track();
        let Some(id) = selected else {
            map.with_value(|m| m.as_ref().map(|m| m.highlight(None, searching)));
            return;
        };
        let hidden = map.with_value(|m| m.as_ref().is_some_and(|m| !m.shows(&id)));
        let position = c.record(&id).and_then(|r| r.location.coordinates());
        if let (true, Some((lat, lon))) = (hidden, position) {
            let key = place_key(lat, lon);
            if !open_places.with_untracked(|o| o.contains(&key)) {
                open_places.update(|o| o.push(key));
            }
            map.with_value(|m| {
                if let Some(m) = m {
                    if m.zoom() < FOCUS_ZOOM {
                        m.set_view(lat, lon, FOCUS_ZOOM);
                    }
                }
            });
            return;
        }
        map.with_value(|m| m.as_ref().map(|m| m.highlight(Some(&id), searching)));
    });

    // Back/Forward or a pasted link may move the camera.
    let c = ctx.clone();
    Effect::new(move |_| {
        let Some(cam) = c.view.with(|v| v.camera) else {
            return;
        };
        map.with_value(|m| m.as_ref().map(|m| m.set_view(cam.lat, cam.lon, cam.zoom)));
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

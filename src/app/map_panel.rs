//! Wires the visible records, the camera and the selection to the Leaflet map in `crate::map`.
//!
//! The cluster index over every mapped record is built once. A filter change recomputes its
//! running totals (one pass); a pan or zoom only queries it for the view plus a margin; the
//! map then adds and removes only the markers that changed. The selection is followed when it
//! changes, never when the reader moves the map.

use std::collections::HashMap;

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::io::{fetch_text, BASEMAP_URL};
use super::state::Ctx;
use crate::map::{Callbacks, MapCluster, MapNode, MapPoint, MapView};
use crate::present;
use crate::query::cluster::{place_key, ClusterIndex, Node};
use crate::query::url::Camera;
use crate::text::EN;

/// Zoom at which a record selected from the list is shown, so its town stands apart.
const FOCUS_ZOOM: f64 = 10.0;
/// Markers are made for the view plus this fraction of it on every side, so a short pan
/// needs none.
const MARGIN: f64 = 0.25;

/// The map's own state outside the reactive graph.
struct Layer {
    /// Every mapped record's index in the dataset, in the order the cluster index knows them.
    mapped: Vec<usize>,
    index: ClusterIndex,
    /// The clusters last drawn, by key, for opening one.
    clusters: HashMap<String, Node>,
}

/// Turns the index's nodes into what the map draws, each with its key.
fn draw_list(
    ctx: &Ctx,
    layer: &Layer,
    nodes: Vec<Node>,
) -> (Vec<(String, MapNode)>, HashMap<String, Node>) {
    let t = &EN;
    let dataset = &ctx.loaded.dataset;
    let mut clusters = HashMap::new();
    let mut out = Vec::with_capacity(nodes.len());
    for node in nodes {
        match &node {
            Node::Single { index, offset } => {
                let i = layer.mapped[*index];
                let r = &dataset.records[i];
                let (Some((lat, lon)), Some(category)) =
                    (r.location.coordinates(), dataset.category(&r.category))
                else {
                    continue;
                };
                let title = format!(
                    "{} — {}, {}",
                    r.name.get(t.lang),
                    category.label.get(t.lang),
                    r.location.town
                );
                out.push((
                    format!("r{i}"),
                    MapNode::Point(MapPoint {
                        id: r.id.clone(),
                        lat,
                        lon,
                        title,
                        color: category.color.clone(),
                        shape: category.shape,
                        offset: *offset,
                    }),
                ));
            }
            Node::Cluster {
                cell,
                lat,
                lon,
                count,
                run,
                ..
            } => {
                let members: Vec<usize> = layer
                    .index
                    .members(*run)
                    .into_iter()
                    .map(|k| layer.mapped[k])
                    .collect();
                let mix: Vec<(usize, usize)> = ctx
                    .query
                    .category_counts(&members)
                    .into_iter()
                    .enumerate()
                    .filter(|(_, n)| *n > 0)
                    .collect();
                let title = present::cluster_title(t, dataset, *count, &mix);
                let parts = mix
                    .iter()
                    .map(|&(k, n)| (dataset.categories[k].color.clone(), n))
                    .collect();
                let key = format!("c{}/{}/{}", cell.0, cell.1, cell.2);
                out.push((
                    key.clone(),
                    MapNode::Cluster(MapCluster {
                        lat: *lat,
                        lon: *lon,
                        count: *count,
                        parts,
                        title,
                    }),
                ));
                clusters.insert(key, node);
            }
        }
    }
    (out, clusters)
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
    let map = StoredValue::new_local(None::<MapView>);

    let (mapped, index) = ctx.take_cluster_index();
    let layer = StoredValue::new_local(Layer {
        index,
        mapped,
        clusters: HashMap::new(),
    });

    // Draws what the index holds for the current view.
    let c = ctx.clone();
    let redraw = move || {
        map.with_value(|m| {
            let Some(m) = m else { return };
            let view = m.bounds().padded(MARGIN);
            let (list, clusters) = layer.with_value(|l| {
                let nodes = c
                    .open_places
                    .with_untracked(|open| l.index.query(m.zoom(), Some(view), open));
                draw_list(&c, l, nodes)
            });
            layer.update_value(|l| l.clusters = clusters);
            match m.sync(list) {
                Ok(n) => count.set(Some(n)),
                Err(error) => failure.set(Some(format!("{error:?}"))),
            }
        });
    };

    // Create the map once its element exists.
    let c = ctx.clone();
    let draw = redraw.clone();
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
            move |key: String| {
                let Some((same_place, points)) = layer.with_value(|l| match l.clusters.get(&key) {
                    Some(Node::Cluster {
                        run, same_place, ..
                    }) => Some((*same_place, l.index.member_positions(*run))),
                    _ => None,
                }) else {
                    return;
                };
                if same_place {
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
        let draw_on_move = draw.clone();
        let moved = move |m: crate::map::Moved| {
            draw_on_move();
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
        match c.camera.get_untracked() {
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
        map.set_value(Some(created));
        draw();
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

    // A filter change: recompute the index's totals, then draw.
    let c = ctx.clone();
    let draw = redraw.clone();
    Effect::new(move |_| {
        let mut shown = vec![false; c.loaded.dataset.records.len()];
        c.evaluation.with(|e| {
            for &i in &e.visible {
                shown[i] = true;
            }
        });
        layer.update_value(|l| {
            let mapped = &l.mapped;
            l.index.set_visible(|k| shown[mapped[k]]);
        });
        let searching = c.filters.with(|f| !f.search.trim().is_empty());
        map.with_value(|m| m.as_ref().map(|m| m.set_searching(searching)));
        draw();
    });

    // An opened stack of markers.
    let open_places = ctx.open_places;
    Effect::new(move |previous: Option<()>| {
        open_places.track();
        if previous.is_some() {
            redraw();
        }
    });

    // Follow the selection when it changes: mark it, and bring it into view (opening its
    // stack, or zooming in if it is inside a cluster). The reader's own moves never do this.
    let c = ctx.clone();
    Effect::new(move |previous: Option<Option<String>>| {
        let selected = c.selected.get();
        map.with_value(|m| m.as_ref().map(|m| m.highlight(selected.as_deref())));
        let changed = previous.as_ref().is_some_and(|p| *p != selected);
        let first_without_camera = previous.is_none() && c.camera.get_untracked().is_none();
        let Some(id) = selected.clone().filter(|_| changed || first_without_camera) else {
            return selected;
        };
        let position = c.record(&id).and_then(|r| r.location.coordinates());
        let shown = map.with_value(|m| m.as_ref().is_some_and(|m| m.shows(&id)));
        match (shown, position) {
            (true, _) => {
                map.with_value(|m| m.as_ref().map(|m| m.reveal(&id)));
            }
            (false, Some((lat, lon))) => {
                let key = place_key(lat, lon);
                if !open_places.with_untracked(|o| o.contains(&key)) {
                    open_places.update(|o| o.push(key));
                }
                map.with_value(|m| {
                    if let Some(m) = m {
                        let zoom = m.zoom().max(FOCUS_ZOOM);
                        m.set_view(lat, lon, zoom);
                    }
                });
                map.with_value(|m| m.as_ref().map(|m| m.highlight(Some(&id))));
            }
            (false, None) => {}
        }
        selected
    });

    // Back/Forward or a pasted link may move the camera.
    let c = ctx.clone();
    Effect::new(move |_| {
        let Some(cam) = c.camera.get() else {
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

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

use super::io::{fetch_text, yield_to_browser, BASEMAP_URL, LABELS_URL, NEAR_URL, WORLD_URL};
use super::state::ViewModel;
use crate::map::basemap::{self, LabelKind, Locator, MapLabel, Tier};
use crate::map::{Callbacks, MapCluster, MapNode, MapPoint, MapView};
use crate::query::cluster::{place_key, Bounds, ClusterIndex, Node};
use crate::query::mix::{self, Slice};
use crate::query::url::Camera;
use crate::words::present;

/// Zoom at which a record selected from the list is shown, so its town stands apart.
const FOCUS_ZOOM: f64 = 10.0;
/// On phones, a place with more records than this opens as a list, not a spider.
const LIST_ABOVE: usize = 8;

/// Zoom the map goes to when a search names a place.
const LOCATE_ZOOM: f64 = 11.0;
/// Markers are made for the view plus this fraction of it on every side, so a short pan
/// needs none.
const MARGIN: f64 = 0.25;

/// Colour of a ring's "other" slice (families beyond the five largest).
const OTHER_COLOR: &str = "#9ca3af";

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
    let right = (map.right() - card.left()).clamp(0.0, map.width());
    let bottom = (map.bottom() - card.top()).clamp(0.0, map.height());
    // The card covers one side: the narrower overlap is the one to keep clear of.
    if right / map.width().max(1.0) < bottom / map.height().max(1.0) {
        (right + 16.0, 16.0)
    } else {
        (16.0, bottom + 16.0)
    }
}

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
    ctx: &ViewModel,
    layer: &Layer,
    nodes: Vec<Node>,
) -> (Vec<(String, MapNode)>, HashMap<String, Node>) {
    let t = super::i18n::text();
    let dataset = &ctx.loaded.dataset;
    let at = ctx.at.get_untracked();
    // A chosen month (Play, the step buttons, the scrubber) marks what changed in it.
    let stepping = ctx.filters.with_untracked(|f| f.to.is_some());
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
                let Some(status) = ctx.query.status_at(i, at) else {
                    continue;
                };
                // "Kapital Bank ATM, Shusha — ATM, Opened 27 Jan 2021": what, where, and since when.
                let since = r
                    .status
                    .iter()
                    .rfind(|c| crate::query::timeline::effective_month(c, ctx.query.as_of) <= at)
                    .and_then(|c| c.date.as_ref())
                    .map(|d| format!(" {}", present::date(t, d)))
                    .unwrap_or_default();
                let title = format!(
                    "{}, {} — {}, {}{since}",
                    r.name.get(t.lang),
                    dataset.place_name(&r.location.town, t.lang),
                    category.label.get(t.lang),
                    t.status_names[status],
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
                        status,
                        offset: *offset,
                        changed: stepping && ctx.query.changes_in(i, at),
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
                let statuses =
                    mix::by_status(members.iter().filter_map(|&i| ctx.query.status_at(i, at)));
                let title = present::cluster_title(t, dataset, *count, &mix, statuses);
                let towns = present::cluster_towns(dataset, &members);
                let title = present::cluster_name(t, dataset, &towns, title);
                let parts = mix::ring(&ctx.query.family_counts(&members))
                    .into_iter()
                    .map(|(slice, n)| match slice {
                        Slice::Family(f) => (ctx.families[f].color.clone(), n),
                        Slice::Other => (OTHER_COLOR.to_string(), n),
                    })
                    .collect();
                let key = format!("c{}/{}/{}", cell.0, cell.1, cell.2);
                out.push((
                    key.clone(),
                    MapNode::Cluster(MapCluster {
                        lat: *lat,
                        lon: *lon,
                        count: *count,
                        parts,
                        statuses,
                        title,
                        changed: stepping && members.iter().any(|&i| ctx.query.changes_in(i, at)),
                        places: towns.iter().map(|(town, _)| town.to_string()).collect(),
                    }),
                ));
                clusters.insert(key, node);
            }
        }
    }
    (out, clusters)
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

/// A box no view lies within: the whole world is then needed.
const NOWHERE: Bounds = Bounds {
    south: 0.0,
    west: 0.0,
    north: 0.0,
    east: 0.0,
};

/// The map, with `data-marker-count` (records drawn, in markers and clusters) for tests.
#[component]
pub fn MapPanel() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let node = NodeRef::<Div>::new();
    let count = RwSignal::new(None::<usize>);
    let failure = RwSignal::new(None::<String>);
    let basemap_failed = RwSignal::new(false);
    let map = StoredValue::new_local(None::<MapView>);
    let locator = StoredValue::new_local(None::<Locator>);
    let locator_node = NodeRef::<Div>::new();
    // The reader's view while the page is printed.
    let saved_view = StoredValue::new_local(None::<(f64, f64, f64)>);
    // One tier of the world's outline, drawn in the map and the locator.
    let show_world = move |url: &'static str| async move {
        let world = fetch_text(url)
            .await
            .ok()
            .and_then(|text| js_sys::JSON::parse(&text).ok())?;
        map.try_with_value(|m| {
            m.as_ref()
                .map(|m| m.show_basemap(&world, Tier::World, t.attribution_outlines))
        });
        locator.try_with_value(|l| l.as_ref().map(|l| l.show(&world)));
        Some(world)
    };
    // The box of `near.geojson` once it is drawn, until a view leaves it: then the rest of the
    // world is fetched, once.
    let near_box = StoredValue::new(None::<Bounds>);
    let world_if_needed = move || {
        // The panel may be gone (a language switch) by the time a file arrives.
        let Some(near) = near_box.try_get_value().flatten() else {
            return;
        };
        let outside = |b: Bounds| !b.within(&near);
        if map
            .try_with_value(|m| m.as_ref().is_some_and(|m| outside(m.bounds())))
            .unwrap_or(false)
            || locator
                .try_with_value(|l| l.as_ref().is_some_and(|l| outside(l.bounds())))
                .unwrap_or(false)
        {
            near_box.try_set_value(None);
            spawn_local(async move {
                show_world(WORLD_URL).await;
            });
        }
    };

    let ui = expect_context::<super::state::Ui>();
    let (mapped, index) = ctx.take_cluster_index();
    let layer = StoredValue::new_local(Layer {
        index,
        mapped,
        clusters: HashMap::new(),
    });

    // Draws what the index holds for the current view.
    let c = ctx.clone();
    let redraw = move || {
        map.try_with_value(|m| {
            let Some(m) = m else { return };
            let view = m.bounds().padded(MARGIN);
            let Some((list, clusters)) = layer.try_with_value(|l| {
                let nodes = c
                    .open_places
                    .with_untracked(|open| l.index.query(m.zoom(), Some(view), open));
                draw_list(&c, l, nodes)
            }) else {
                return;
            };
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
        if map.try_with_value(Option::is_some) != Some(false) {
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
                let Some((same_place, points)) = layer
                    .try_with_value(|l| match l.clusters.get(&key) {
                        Some(Node::Cluster {
                            run, same_place, ..
                        }) => Some((*same_place, l.index.member_positions(*run))),
                        _ => None,
                    })
                    .flatten()
                else {
                    return;
                };
                // Opened from the keyboard, focus goes to the first record it reveals, never
                // to the page body (the cluster's own marker is about to go).
                let from_keyboard = map
                    .try_with_value(|m| m.as_ref().is_some_and(MapView::has_focus))
                    .unwrap_or(false);
                let members: Vec<usize> = layer
                    .try_with_value(|l| match l.clusters.get(&key) {
                        Some(Node::Cluster { run, .. }) => l
                            .index
                            .members(*run)
                            .into_iter()
                            .map(|k| l.mapped[k])
                            .collect(),
                        _ => Vec::new(),
                    })
                    .unwrap_or_default();
                let many = points.len() > LIST_ABOVE && super::media::matches(super::media::PHONE);
                // A list sheet takes focus itself; otherwise, from the keyboard, focus goes to
                // what the cluster reveals.
                if from_keyboard && !(same_place && many) {
                    // The place the cluster is named for comes first: what is drawn nearest it.
                    let dataset = &c.loaded.dataset;
                    let biggest = present::cluster_places(dataset, &members).map(|(town, _)| town);
                    let at = members
                        .iter()
                        .map(|&i| &dataset.records[i].location)
                        .find(|l| Some(l.town.as_str()) == biggest)
                        .and_then(|l| l.coordinates());
                    if let Some((lat, lon)) = at {
                        request_animation_frame(move || {
                            request_animation_frame(move || {
                                map.try_with_value(|m| {
                                    m.as_ref().map(|m| m.focus_nearest(lat, lon))
                                });
                            })
                        });
                    }
                }
                if same_place && many {
                    ui.place_list.set(Some(members));
                } else if same_place {
                    let key = place_key(points[0].0, points[0].1);
                    c.open_places.update(|open| open.push(key));
                    let reach = crate::geometry::spread::reach(points.len());
                    map.try_with_value(|m| {
                        m.as_ref()
                            .map(|m| m.keep_inside(points[0], reach, card_overlap()))
                    });
                } else {
                    // Padded clear of the controls and the card, with room for a spider.
                    map.try_with_value(|m| {
                        if let Some(m) = m {
                            m.fit(&points, 13.0, card_overlap());
                        }
                    });
                }
            }
        };
        let draw_on_move = draw.clone();
        let moved = move |m: crate::map::Moved| {
            draw_on_move();
            map.try_with_value(|main| {
                if let Some(main) = main {
                    locator.try_with_value(|l| l.as_ref().map(|l| l.follow(main.leaflet())));
                }
            });
            world_if_needed();
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
        let c2 = c.clone();
        let open_place = move |town: String| {
            let members: Vec<usize> = c2.evaluation.with_untracked(|e| {
                e.visible
                    .iter()
                    .copied()
                    .filter(|&i| c2.loaded.dataset.records[i].location.town == town)
                    .collect()
            });
            if !members.is_empty() {
                ui.place_list.set(Some(members));
            }
        };
        let callbacks = Callbacks {
            select: Box::new(select),
            open_cluster: Box::new(open_cluster),
            moved: Box::new(moved),
            open_place: std::rc::Rc::new(open_place),
        };
        let mut created = match MapView::new(&element, callbacks, (t.unit_km, t.unit_m)) {
            Ok(created) => created,
            Err(error) => return failure.set(Some(error)),
        };
        match c.camera.get_untracked() {
            Some(cam) => created.set_view(cam.lat, cam.lon, cam.zoom),
            None => fit_all(&created, &c),
        }
        // Dataset places: named beside their markers, before any other name (they are the
        // story; countries have other candidate points to move to).
        let places: Vec<MapLabel> = c
            .loaded
            .dataset
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
            .collect();
        let locator_map = locator_node
            .get_untracked()
            .and_then(|el| Locator::new(&el).ok());
        if let Some(l) = &locator_map {
            l.follow(created.leaflet());
        }
        locator.set_value(locator_map);
        created.set_control_titles(t.zoom_in, t.zoom_out);
        // The map does not take the reader's scrolling: one finger scrolls the page (and in
        // an article, the wheel scrolls it too until the map is clicked or focused).
        let article = c.view.with_untracked(|v| v.embed) || super::embed::in_frame();
        created.guard_gestures(article.then_some(t.wheel_hint), t.touch_hint);
        // A tile layer only when the link or the dataset opts in (it requests its server).
        let tiles = c
            .view
            .with_untracked(|v| v.tiles.clone())
            .or_else(|| c.loaded.dataset.tiles.clone());
        if let Some(tiles) = &tiles {
            created.show_tiles(tiles);
        }
        map.set_value(Some(created));
        draw();
        spawn_local(async move {
            // Names come after the first paint: placing them measures what lies over the map,
            // which would force a layout of the page just built.
            yield_to_browser().await;
            map.try_with_value(|m| {
                if let Some(Err(error)) = m.as_ref().map(|m| m.show_labels(places)) {
                    web_sys::console::warn_2(&"place labels".into(), &error);
                }
            });
            let parse = |text: String| js_sys::JSON::parse(&text).ok();
            match fetch_text(BASEMAP_URL).await.ok().and_then(parse) {
                Some(geojson) => {
                    map.try_with_value(|m| {
                        if let Some(m) = m {
                            m.show_basemap(&geojson, Tier::Region, t.attribution_outlines)
                        }
                    });
                }
                None => basemap_failed.set(true),
            }
            // Without the box (the file failed, or has none), the whole world is needed.
            let near = show_world(NEAR_URL).await;
            near_box.try_set_value(Some(
                near.as_ref().and_then(basemap::bbox).unwrap_or(NOWHERE),
            ));
            world_if_needed();
            if let Ok(labels) = fetch_text(LABELS_URL).await {
                let labels = crate::geometry::labels::context_labels(&labels, t.lang);
                map.try_with_value(|m| m.as_ref().map(|m| m.show_labels(labels)));
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
        // A month change can change statuses (filled, hollow, crossed) with the same records.
        c.at.track();
        let searching = c.filters.with(|f| !f.search.trim().is_empty());
        map.try_with_value(|m| m.as_ref().map(|m| m.set_searching(searching)));
        draw();
    });

    // An opened stack of markers.
    let open_places = ctx.open_places;
    Effect::watch(move || open_places.track(), move |_, _, _| redraw(), false);

    // Follow the selection when it changes: mark it, and bring it into view (opening its
    // stack, or zooming in if it is inside a cluster). The reader's own moves never do this.
    // While the phone shows the list the map is hidden and waits; when the map comes back it
    // measures itself again and brings the selection into view then.
    let c = ctx.clone();
    let listing = ui.list_mode;
    Effect::new(move |previous: Option<(Option<String>, bool)>| {
        let selected = c.selected.get();
        let hidden = listing.get();
        map.try_with_value(|m| m.as_ref().map(|m| m.highlight(selected.as_deref())));
        if hidden {
            return (selected, hidden);
        }
        let was_hidden = previous.as_ref().is_some_and(|p| p.1);
        if was_hidden {
            map.try_with_value(|m| m.as_ref().map(MapView::resized));
        }
        let changed = previous.as_ref().is_some_and(|p| p.0 != selected);
        let first_without_camera = previous.is_none() && c.camera.get_untracked().is_none();
        let Some(id) = selected
            .clone()
            .filter(|_| changed || was_hidden || first_without_camera)
        else {
            return (selected, hidden);
        };
        let position = c.record(&id).and_then(|r| r.location.coordinates());
        let shown = map
            .try_with_value(|m| m.as_ref().is_some_and(|m| m.shows(&id)))
            .unwrap_or(false);
        match (shown, position) {
            (true, _) => {
                // After the card is laid out, so the marker is kept clear of it.
                request_animation_frame(move || {
                    map.try_with_value(|m| m.as_ref().map(|m| m.reveal(&id, card_overlap())));
                });
            }
            (false, Some((lat, lon))) => {
                let key = place_key(lat, lon);
                if !open_places.with_untracked(|o| o.contains(&key)) {
                    open_places.update(|o| o.push(key));
                }
                map.try_with_value(|m| {
                    if let Some(m) = m {
                        let zoom = m.zoom().max(FOCUS_ZOOM);
                        m.set_view(lat, lon, zoom);
                    }
                });
                map.try_with_value(|m| m.as_ref().map(|m| m.highlight(Some(&id))));
                request_animation_frame(move || {
                    map.try_with_value(|m| m.as_ref().map(|m| m.reveal(&id, card_overlap())));
                });
            }
            (false, None) => {}
        }
        (selected, hidden)
    });

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
                    map.try_with_value(|m| {
                        if let Some(m) = m {
                            m.set_view(lat, lon, m.zoom().max(LOCATE_ZOOM));
                        }
                    });
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
        map.try_with_value(|m| m.as_ref().map(|m| m.set_view(cam.lat, cam.lon, cam.zoom)));
    });

    // Mounted again (a language switch): keep the view the reader had.
    let view_signal = ctx.view;
    on_cleanup(move || {
        let camera = map
            .try_with_value(|m| {
                m.as_ref().map(|m| {
                    let centre = m.leaflet().get_center();
                    Camera {
                        lat: centre.lat(),
                        lon: centre.lng(),
                        zoom: m.zoom(),
                    }
                })
            })
            .flatten();
        if let Some(camera) = camera {
            view_signal.try_update(|v| v.camera = Some(camera));
        }
        map.set_value(None);
        locator.set_value(None);
    });

    // On paper the map has the page's size (`.is-printing`) and shows every record the
    // filters leave; the reader's view comes back after.
    let c = ctx.clone();
    let before_print = window_event_listener(leptos::ev::beforeprint, move |_| {
        printing(true);
        map.with_value(|m| {
            let Some(m) = m else { return };
            let centre = m.leaflet().get_center();
            saved_view.set_value(Some((centre.lat(), centre.lng(), m.zoom())));
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

    // "Whole region": every drawn record in view again, and the link forgets the camera.
    let c = ctx.clone();
    let whole_region = move |_| {
        map.with_value(|m| m.as_ref().map(|m| fit_all(m, &c)));
        view_signal.update(|v| v.camera = None);
    };

    view! {
        <button type="button" class="chip whole-region" data-testid="whole-region" on:click=whole_region>
            {t.whole_region}
        </button>
        <div
            class="map"
            node_ref=node
            data-testid="map"
            data-marker-count=move || count.get().map(|n| n.to_string())
            role="region"
            aria-label=t.map_label
        ></div>
        <div class="locator" node_ref=locator_node aria-hidden="true" data-testid="locator"></div>
        {move || failure.get().map(|error| view! {
            <p class="map-error" role="alert" data-testid="map-error">{format!("{}: {error}", t.map_failed)}</p>
        })}
        {move || basemap_failed.get().then(|| view! {
            <p class="map-note" role="status">{t.basemap_failed}</p>
        })}
    }
}

/// The month the map shows, large over the map while the timeline plays or a month is chosen.
#[component]
pub fn MonthBadge() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let ui = expect_context::<super::state::Ui>();
    let (filters, at) = (ctx.filters, ctx.at);
    let shown = move || ui.playing.get() || filters.with(|f| f.to.is_some());
    view! {
        <p class="month-badge" data-testid="month-badge" aria-hidden="true" class:is-hidden=move || !shown()>
            {move || present::long_date(t, &at.get().as_date())}
        </p>
    }
}

/// On phones, the records of a crowded place as a list sheet: one button per record.
#[component]
pub fn PlaceList() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let ui = expect_context::<super::state::Ui>();
    let list = ui.place_list;
    // The sheet takes focus as it opens and gives it back to its opener (the place's marker)
    // as it closes, or before a record it lists opens (so that record's card returns there).
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |was: Option<(bool, bool)>| {
        let (was_open, focused) = was.unwrap_or_default();
        let open = list.with(Option::is_some);
        if open && !was_open {
            opener.set_value(super::focus::active_element());
        }
        // The heading may be drawn after this first runs: focus it once it is.
        let focused =
            open && (focused || heading.get().inspect(|h| super::focus::focus(h)).is_some());
        (open, focused)
    });
    let close = move || {
        list.set(None);
        super::focus::return_to(opener.get_value(), None);
    };
    move || {
        let members = list.get()?;
        let dataset = &ctx.loaded.dataset;
        let at = ctx.at.get_untracked();
        let town = members
            .first()
            .map(|&i| {
                let town = &dataset.records[i].location.town;
                dataset.place_name(town, t.lang).to_string()
            })
            .unwrap_or_default();
        let title = t.count(t.spider_more, members.len());
        // "Shusha: 17 open, 10 planned": the place's summary at the month shown.
        let statuses = mix::by_status(members.iter().filter_map(|&i| ctx.query.status_at(i, at)));
        let summary = present::status_counts(t, statuses);
        let items = members
            .iter()
            .map(|&i| {
                let r = &dataset.records[i];
                let id = r.id.clone();
                let category = dataset
                    .category(&r.category)
                    .map(|c| c.label.get(t.lang).to_string())
                    .unwrap_or_default();
                let status = ctx
                    .query
                    .status_at(i, at)
                    .map(|s| t.status_names[s])
                    .unwrap_or(t.not_yet);
                let c = ctx.clone();
                view! {
                    <li>
                        <button type="button" class="link" data-record-id=id.clone() on:click=move |_| {
                            close();
                            c.select(Some(id.clone()));
                        }>{r.name.get(t.lang).to_string()}</button>
                        <span class="note">{format!("{category} · {status}")}</span>
                    </li>
                }
            })
            .collect_view();
        let label = title.clone();
        Some(view! {
            <section class="place-list" data-testid="place-list" aria-label=label
                on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { close() }>
                <div class="filters-head">
                    <h2 tabindex="-1" node_ref=heading data-testid="place-summary">{town}": "{summary}</h2>
                    <button type="button" class="filters-done" on:click=move |_| close()>{t.close}</button>
                </div>
                <ul>{items}</ul>
            </section>
        })
    }
}

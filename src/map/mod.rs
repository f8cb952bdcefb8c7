//! The only code that talks to Leaflet (the `leaflet` crate and the global `L`).
//!
//! Components hand it plain data ([`MapNode`]) and callbacks; the rest of the app never sees a
//! Leaflet object, and no dataset string reaches Leaflet as HTML.

pub mod basemap;
mod gestures;
mod icon;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use leaflet::{
    Evented, EventedHandle, LatLng, LatLngBounds, Layer, LayerGroup, Map, MapOptions, Marker,
    MarkerOptions,
};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use crate::words::text::Text;

/// The language the map's own words (scale units, gesture hints, credit) are read in when
/// they are written; [`MapView::set_language`] changes it.
pub type Words = Rc<Cell<&'static Text>>;

#[wasm_bindgen]
extern "C" {
    /// A Leaflet map, for the members leaflet-rs does not bind.
    type MapMembers;
    /// `map.attributionControl` (<https://leafletjs.com/reference.html#map-attributioncontrol>).
    #[wasm_bindgen(method, getter, js_name = attributionControl)]
    fn attribution_control(this: &MapMembers) -> Attribution;
    /// The map's wheel zoom handler (<https://leafletjs.com/reference.html#map-scrollwheelzoom>).
    #[wasm_bindgen(method, getter, js_name = scrollWheelZoom)]
    fn scroll_wheel_zoom(this: &MapMembers) -> leaflet::Handler;
    /// The map's drag handler (<https://leafletjs.com/reference.html#map-dragging>).
    #[wasm_bindgen(method, getter)]
    fn dragging(this: &MapMembers) -> leaflet::Handler;
    /// A marker, for the member leaflet-rs does not bind.
    type MarkerMembers;
    /// `marker.getElement()` (<https://leafletjs.com/reference.html#marker-getelement>).
    #[wasm_bindgen(method, js_name = getElement)]
    fn get_element(this: &MarkerMembers) -> Option<web_sys::Element>;
    /// `map.panInside(latlng, options)` (<https://leafletjs.com/reference.html#map-paninside>).
    #[wasm_bindgen(method, js_name = panInside)]
    fn pan_inside(this: &MapMembers, at: &LatLng, options: &JsValue);
    /// `L.Control.Attribution` (<https://leafletjs.com/reference.html#control-attribution>).
    type Attribution;
    #[wasm_bindgen(method, js_name = addAttribution)]
    fn add_attribution(this: &Attribution, text: &str);
    #[wasm_bindgen(method, js_name = removeAttribution)]
    fn remove_attribution(this: &Attribution, text: &str);
}

pub use crate::scene::{Key, MapCluster, MapNode, MapPoint};

/// A change of view: centre, zoom, and whether the reader made it (drag, zoom buttons, keys).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Moved {
    /// Latitude of the new centre.
    pub lat: f64,
    /// Longitude of the new centre.
    pub lon: f64,
    /// New zoom level.
    pub zoom: f64,
    /// The reader moved the map (not the app).
    pub by_reader: bool,
}

/// What the map reports back.
pub struct Callbacks {
    /// A record marker was clicked or activated with Enter/Space.
    pub select: Box<dyn Fn(String)>,
    /// The cluster drawn under this key (see [`MapView::sync`]) was activated.
    pub open_cluster: Box<dyn Fn(Key)>,
    /// The view moved.
    pub moved: Box<dyn Fn(Moved)>,
    /// A dataset place's name on the map was clicked (its name in the records).
    pub open_place: Rc<dyn Fn(String)>,
}

/// Above this many drawn markers, names are not checked against them (the check is
/// quadratic).
const OBSTACLE_LIMIT: usize = 400;

/// A drawn node: what it shows, its marker and the listeners it holds.
struct Drawn {
    node: MapNode,
    marker: Marker,
    _handles: [EventedHandle<leaflet::Event>; 2],
}

/// A Leaflet map with one layer of markers and clusters.
///
/// Dropping it removes the map and every listener it added
/// (<https://leafletjs.com/reference.html#map-remove>).
pub struct MapView {
    map: Map,
    layer: LayerGroup,
    /// What is drawn, by key; a sync adds and removes only what changed.
    drawn: RefCell<HashMap<Key, Drawn>>,
    /// Record id → key of its marker, for records drawn on their own.
    by_id: RefCell<HashMap<String, Key>>,
    /// The selected record, marked when its marker is (re)made.
    selected: RefCell<Option<String>>,
    map_handles: Vec<EventedHandle<leaflet::Event>>,
    callbacks: Rc<Callbacks>,
    /// Set while the app itself moves the map, so the move is not taken for the reader's.
    programmatic: Rc<Cell<bool>>,
    /// Country, city, river and place names, decluttered at every zoom.
    labels: basemap::Labels,
    /// In an embed, the wheel and one-finger guard.
    guard: Option<gestures::Guard>,
    /// The language of the map's own words.
    words: Words,
    /// The scale bar control, written again when the language changes.
    scale: basemap::Scale,
    /// The basemap's credit as shown (escaped), once the basemap is drawn.
    credit: RefCell<Option<String>>,
}

/// The box a Leaflet map shows now.
fn bounds_of(map: &Map) -> crate::scene::cluster::Bounds {
    let b = map.get_bounds();
    let (sw, ne) = (b.get_south_west(), b.get_north_east());
    crate::scene::cluster::Bounds {
        south: sw.lat(),
        west: sw.lng(),
        north: ne.lat(),
        east: ne.lng(),
    }
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

/// The DOM keyboard event behind a Leaflet `keydown`, when it is Enter or Space.
fn activation_key(event: &leaflet::Event) -> Option<web_sys::KeyboardEvent> {
    let original = js_sys::Reflect::get(event.as_ref(), &"originalEvent".into()).ok()?;
    let key: web_sys::KeyboardEvent = original.dyn_into().ok()?;
    matches!(key.key().as_str(), "Enter" | " ").then_some(key)
}

/// The marker's icon element (<https://leafletjs.com/reference.html#marker-getelement>).
fn marker_element(marker: &Marker) -> Option<web_sys::Element> {
    marker.unchecked_ref::<MarkerMembers>().get_element()
}

fn bounds(points: &[(f64, f64)]) -> Option<LatLngBounds> {
    let (first, rest) = points.split_first()?;
    let b = LatLngBounds::new(
        &LatLng::new(first.0, first.1),
        &LatLng::new(first.0, first.1),
    );
    for p in rest {
        b.extend(&LatLng::new(p.0, p.1));
    }
    Some(b)
}

impl MapView {
    /// Creates the map in `element`. Fails when Leaflet is not loaded or the element is not
    /// usable (<https://leafletjs.com/reference.html#map-factory>).
    pub fn new(
        element: &HtmlElement,
        callbacks: Callbacks,
        t: &'static Text,
    ) -> Result<Self, String> {
        let has_leaflet = js_sys::Reflect::has(&js_sys::global(), &"L".into()).unwrap_or(false);
        if !has_leaflet {
            return Err("Leaflet (vendor/leaflet/leaflet.js) is not loaded".into());
        }
        let options = MapOptions::new();
        options.set_center(LatLng::new(39.6, 46.8));
        options.set_zoom(8.0);
        options.set_zoom_snap(0.25);
        options.set_min_zoom(crate::query::url::ZOOM_RANGE.0);
        options.set_max_zoom(crate::query::url::ZOOM_RANGE.1);
        let map = Map::new_with_element(element, &options).map_err(|e| format!("{e:?}"))?;
        let layer = LayerGroup::new();
        layer.unchecked_ref::<Layer>().add_to(&map);
        let callbacks = Rc::new(callbacks);
        let programmatic = Rc::new(Cell::new(false));
        let words = Rc::new(Cell::new(t));
        basemap::make_panes(&map);
        let scale = basemap::add_scale(&map, &words);
        let mut view = Self {
            map,
            layer,
            drawn: RefCell::new(HashMap::new()),
            by_id: RefCell::new(HashMap::new()),
            selected: RefCell::new(None),
            map_handles: Vec::new(),
            callbacks,
            programmatic,
            labels: basemap::Labels::default(),
            guard: None,
            words,
            scale,
            credit: RefCell::new(None),
        };
        view.set_control_titles();
        let (map, callbacks, programmatic) = (
            view.map.clone(),
            Rc::clone(&view.callbacks),
            Rc::clone(&view.programmatic),
        );
        view.map_handles.push(Evented::on_leaflet_event(
            &&view.map,
            "moveend",
            move |_: leaflet::Event| {
                let centre = map.get_center();
                (callbacks.moved)(Moved {
                    lat: centre.lat(),
                    lon: centre.lng(),
                    zoom: map.get_zoom(),
                    by_reader: !programmatic.get(),
                });
            },
        ));
        Ok(view)
    }

    /// Runs `f` as a move made by the app, not the reader.
    fn quietly(&self, f: impl FnOnce(&Map)) {
        self.programmatic.set(true);
        f(&self.map);
        self.programmatic.set(false);
    }

    /// Draws one tier of the bundled basemap (a GeoJSON FeatureCollection whose features have
    /// `properties.kind`: land, coast, border, river) under the markers, styled by CSS.
    /// The region tier credits its source in the map's language.
    pub fn show_basemap(&self, outline: &basemap::Outline, tier: basemap::Tier) {
        basemap::show(&self.map, &outline.0, tier);
        if tier == basemap::Tier::Region {
            self.credit_basemap();
        }
    }

    /// Writes the basemap's credit in the map's language, in place of the one shown.
    fn credit_basemap(&self) {
        let control = self.map.unchecked_ref::<MapMembers>().attribution_control();
        let mut credit = self.credit.borrow_mut();
        if let Some(old) = credit.as_deref() {
            control.remove_attribution(old);
        }
        // Leaflet inserts attributions as HTML: ours is escaped text.
        let text = crate::words::present::escape_html(self.words.get().attribution_outlines);
        control.add_attribution(&text);
        *credit = Some(text);
    }

    /// Speaks `t`'s language: the zoom buttons, the scale bar, the credit and the gesture
    /// hints. Markers and names are the caller's to draw again.
    pub fn set_language(&self, t: &'static Text) {
        self.words.set(t);
        self.set_control_titles();
        self.scale.update();
        if self.credit.borrow().is_some() {
            self.credit_basemap();
        }
    }

    /// Gives the zoom buttons their names in the map's language (title and accessible name).
    fn set_control_titles(&self) {
        let container = self.map.get_container();
        let t = self.words.get();
        for (selector, name) in [
            (".leaflet-control-zoom-in", t.zoom_in),
            (".leaflet-control-zoom-out", t.zoom_out),
        ] {
            if let Ok(Some(button)) = container.query_selector(selector) {
                let _ = button.set_attribute("title", name);
                let _ = button.set_attribute("aria-label", name);
            }
        }
    }

    /// Writes names on the map (non-interactive, under the markers); where they collide, the
    /// higher-priority ones are shown, again at every zoom.
    pub fn show_labels(&self, labels: Vec<basemap::MapLabel>) -> Result<(), JsValue> {
        self.labels
            .add(&self.map, labels, &self.callbacks.open_place)
    }

    /// Takes every name off the map (to write them again in another language).
    pub fn clear_labels(&self) {
        self.labels.clear();
    }

    /// One finger scrolls the page and two move the map; in an `article`'s frame, the wheel
    /// also zooms only after a click or focus (or with Ctrl). Hints say so.
    pub fn guard_gestures(&mut self, article: bool) {
        self.guard = gestures::guard(&self.map, article, &self.words);
    }

    /// Adds an opted-in tile layer (from the dataset or the link).
    pub fn show_tiles(&self, tiles: &crate::model::Tiles) {
        basemap::show_tiles(&self.map, tiles);
    }

    /// The view's centre: latitude, longitude.
    pub fn center(&self) -> (f64, f64) {
        let c = self.map.get_center();
        (c.lat(), c.lng())
    }

    /// Makes the map draw exactly `nodes`, each under its key: a node whose key and content
    /// are unchanged keeps its marker; only the others are removed or made. Returns how many
    /// records the nodes hold, and writes it as the map's `data-marker-count`.
    pub fn sync(&self, nodes: Vec<(Key, MapNode)>) -> Result<usize, JsValue> {
        let mut drawn = self.drawn.borrow_mut();
        let mut by_id = self.by_id.borrow_mut();
        let mut records = 0;
        let mut keep: HashMap<Key, Drawn> = HashMap::with_capacity(nodes.len());
        for (key, node) in nodes {
            records += match &node {
                MapNode::Point(_) => 1,
                MapNode::Cluster(c) => c.count,
            };
            if let Some(old) = drawn.remove(&key) {
                if old.node == node {
                    keep.insert(key, old);
                    continue;
                }
                self.layer.remove_layer(&old.marker);
            }
            let made = self.make(key, node)?;
            self.layer.add_layer(&made.marker);
            // Leaflet makes the element when the marker joins the map: mark it now.
            if let MapNode::Point(p) = &made.node {
                if self.selected.borrow().as_deref() == Some(p.id.as_str()) {
                    mark(&made.marker, true);
                    made.marker.set_z_index_offset(1000.0);
                }
            }
            keep.insert(key, made);
        }
        for (_, old) in drawn.drain() {
            self.layer.remove_layer(&old.marker);
        }
        *drawn = keep;
        by_id.clear();
        for (key, d) in drawn.iter() {
            if let MapNode::Point(p) = &d.node {
                by_id.insert(p.id.clone(), *key);
            }
        }
        // Names give way to markers and clusters (only while there are few enough to check).
        let obstacles = if drawn.len() > OBSTACLE_LIMIT {
            Vec::new()
        } else {
            drawn
                .values()
                // A spider leaves its place's name free by itself.
                .filter(|d| !matches!(&d.node, MapNode::Point(p) if p.offset != (0.0, 0.0)))
                .map(|d| {
                    let (lat, lon, half, offset) = match &d.node {
                        MapNode::Point(p) => (p.lat, p.lon, icon::SIZE / 2.0, p.offset),
                        MapNode::Cluster(c) => (c.lat, c.lon, icon::CLUSTER_SIZE / 2.0, (0.0, 0.0)),
                    };
                    let at = self.map.lat_lng_to_container_point(&LatLng::new(lat, lon));
                    crate::geometry::labels::LabelBox {
                        x: at.x() + offset.0 - half,
                        y: at.y() + offset.1 - half,
                        w: 2.0 * half,
                        h: 2.0 * half,
                        priority: 0,
                        group: 0,
                        order: 0.0,
                    }
                })
                .collect()
        };
        let anchors =
            crate::geometry::labels::place_anchors(drawn.values().filter_map(|d| match &d.node {
                MapNode::Cluster(c) => Some((c.places.as_slice(), c.count, c.lat, c.lon)),
                MapNode::Point(_) => None,
            }));
        self.labels
            .declutter(&self.map, basemap::Around { obstacles, anchors });
        // What tests and outside checks read: how many records the map draws.
        let _ = self
            .map
            .get_container()
            .set_attribute("data-marker-count", &records.to_string());
        Ok(records)
    }

    /// A marker for `node`, with its click and keyboard listeners.
    fn make(&self, key: Key, node: MapNode) -> Result<Drawn, JsValue> {
        let (marker, activate): (Marker, Rc<dyn Fn()>) = match &node {
            MapNode::Point(p) => {
                let options = MarkerOptions::new();
                options.set_icon(icon::marker(p)?);
                options.set_title(p.title.clone());
                options.set_keyboard(true);
                options.set_rise_on_hover(true);
                let marker = Marker::new_with_options(&LatLng::new(p.lat, p.lon), &options);
                let (callbacks, id) = (Rc::clone(&self.callbacks), p.id.clone());
                (marker, Rc::new(move || (callbacks.select)(id.clone())))
            }
            MapNode::Cluster(c) => {
                let options = MarkerOptions::new();
                options.set_icon(icon::cluster(c.count, &c.parts, c.statuses, c.changed)?);
                options.set_title(c.title.clone());
                options.set_keyboard(true);
                options.set_z_index_offset(500.0);
                let marker = Marker::new_with_options(&LatLng::new(c.lat, c.lon), &options);
                let callbacks = Rc::clone(&self.callbacks);
                (marker, Rc::new(move || (callbacks.open_cluster)(key)))
            }
        };
        let on_click = Rc::clone(&activate);
        let click =
            Evented::on_leaflet_event(&marker, "click", move |_: leaflet::Event| on_click());
        // Leaflet makes markers focusable buttons but opens only popups on Enter, so Enter and
        // Space activate here, as they would on any button.
        let keydown =
            Evented::on_leaflet_event(&marker, "keydown", move |event: leaflet::Event| {
                if let Some(key) = activation_key(&event) {
                    key.prevent_default();
                    activate();
                }
            });
        Ok(Drawn {
            node,
            marker,
            _handles: [click, keydown],
        })
    }

    /// Fits the view to `points` without animation
    /// (<https://leafletjs.com/reference.html#map-fitbounds>).
    pub fn fit(&self, points: &[(f64, f64)], max_zoom: f64, card: (f64, f64)) {
        /// Room beyond the overlays: a marker's half and a spider's first ring.
        const ROOM: f64 = 30.0;
        /// At most this many points are checked against the overlays.
        const SAMPLE: usize = 2000;
        let Some(b) = bounds(points) else { return };
        let container = self.map.get_container();
        let (w, h) = (
            f64::from(container.client_width()),
            f64::from(container.client_height()),
        );
        let fit = |(left, top, right, bottom): (f64, f64, f64, f64)| {
            // Never so much padding that no view is left.
            let pair = |x: f64, y: f64| -> JsValue {
                js_sys::Array::of2(
                    &(x + ROOM).min(w * 0.4).into(),
                    &(y + ROOM).min(h * 0.4).into(),
                )
                .into()
            };
            let options = object(&[
                ("paddingTopLeft", pair(left, top)),
                (
                    "paddingBottomRight",
                    pair(right.max(card.0), bottom.max(card.1)),
                ),
                ("maxZoom", max_zoom.into()),
                ("animate", JsValue::FALSE),
            ]);
            self.quietly(|map| {
                map.fit_bounds_with_options(&b, &options);
            });
        };
        fit((0.0, 0.0, 0.0, 0.0));
        // Then clear of the controls, legend, inset and badge that this view puts over a
        // marker (only those: a corner the records leave free costs nothing).
        let step = points.len().div_ceil(SAMPLE).max(1);
        let covering: Vec<_> = basemap::overlay_boxes(&self.map)
            .into_iter()
            .filter(|o| {
                points.iter().step_by(step).any(|&(lat, lon)| {
                    let p = self.map.lat_lng_to_container_point(&LatLng::new(lat, lon));
                    let r = icon::SIZE / 2.0;
                    p.x() + r > o.x
                        && p.x() - r < o.x + o.w
                        && p.y() + r > o.y
                        && p.y() - r < o.y + o.h
                })
            })
            .collect();
        if !covering.is_empty() {
            fit(basemap::clear_padding(&covering, w, h));
        }
    }

    /// Pans, if needed, so that `radius` pixels around (`lat`, `lon`) are in view clear of the
    /// map's edges, its controls and the card (`card`, as in [`MapView::fit`]): an opened
    /// spider is never cut off.
    pub fn keep_inside(&self, (lat, lon): (f64, f64), radius: f64, card: (f64, f64)) {
        // The controls sit in the corners: a spider clear of the edges by its own reach plus
        // a control's width is clear of them too.
        const CONTROL: f64 = 54.0;
        let room = radius + icon::SIZE;
        let options = object(&[
            (
                "paddingTopLeft",
                js_sys::Array::of2(&(room + CONTROL).into(), &room.into()).into(),
            ),
            (
                "paddingBottomRight",
                js_sys::Array::of2(&(room + card.0).into(), &(room + card.1).into()).into(),
            ),
            ("animate", JsValue::FALSE),
        ]);
        self.quietly(|map| {
            map.unchecked_ref::<MapMembers>()
                .pan_inside(&LatLng::new(lat, lon), &options)
        });
    }

    /// Moves to a centre and zoom without animation, unless already there.
    pub fn set_view(&self, lat: f64, lon: f64, zoom: f64) {
        let centre = self.map.get_center();
        let close = (centre.lat() - lat).abs() < 1e-4
            && (centre.lng() - lon).abs() < 1e-4
            && (self.map.get_zoom() - zoom).abs() < 1e-3;
        if !close {
            let options = object(&[("animate", JsValue::FALSE)]);
            self.quietly(|map| {
                map.set_view_with_options(&LatLng::new(lat, lon), zoom, &options);
            });
        }
    }

    /// Tells Leaflet to measure its container again: it was hidden (the phone's list view)
    /// and Leaflet kept its size of zero.
    pub fn resized(&self) {
        self.quietly(|map| {
            map.invalidate_size(false);
        });
    }

    /// The current zoom level.
    pub fn zoom(&self) -> f64 {
        self.map.get_zoom()
    }

    /// Moves the selection mark from the previous record's marker to `selected`'s (only
    /// those two markers are touched).
    pub fn highlight(&self, selected: Option<&str>) {
        let previous = self.selected.replace(selected.map(str::to_string));
        let drawn = self.drawn.borrow();
        let by_id = self.by_id.borrow();
        let marker = |id: &str| by_id.get(id).and_then(|k| drawn.get(k)).map(|d| &d.marker);
        if let Some(m) = previous.as_deref().and_then(marker) {
            mark(m, false);
            m.set_z_index_offset(0.0);
        }
        if let Some(m) = selected.and_then(marker) {
            mark(m, true);
            m.set_z_index_offset(1000.0);
        }
    }

    /// Pans just enough to bring the record's marker into view, clear of `padding` pixels at
    /// the right and bottom (where the card covers the map), without animation. Called when
    /// the reader selects it, never on the reader's own moves.
    pub fn reveal(&self, id: &str, padding: (f64, f64)) {
        let drawn = self.drawn.borrow();
        let Some(d) = self
            .by_id
            .borrow()
            .get(id)
            .and_then(|k| drawn.get(k))
            .map(|d| d.marker.clone())
        else {
            return;
        };
        drop(drawn);
        let latlng = d.get_lat_lng();
        let options = object(&[
            ("animate", JsValue::FALSE),
            (
                "paddingBottomRight",
                js_sys::Array::of2(&padding.0.into(), &padding.1.into()).into(),
            ),
            (
                "paddingTopLeft",
                js_sys::Array::of2(&16.into(), &16.into()).into(),
            ),
        ]);
        self.quietly(|map| {
            map.pan_inside_with_options(&latlng, &options);
        });
    }

    /// Whether focus is inside the map (a marker or cluster reached with the keyboard).
    pub fn has_focus(&self) -> bool {
        let container = self.map.get_container();
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|active| container.contains(Some(&active)))
    }

    /// Focuses the marker or cluster drawn nearest (`lat`, `lon`); returns whether one was.
    pub fn focus_nearest(&self, lat: f64, lon: f64) -> bool {
        let drawn = self.drawn.borrow();
        let nearest = drawn
            .values()
            .map(|d| {
                let (a, b) = match &d.node {
                    MapNode::Point(p) => (p.lat, p.lon),
                    MapNode::Cluster(c) => (c.lat, c.lon),
                };
                ((a - lat).powi(2) + (b - lon).powi(2), d)
            })
            .min_by(|x, y| x.0.total_cmp(&y.0))
            .map(|(_, d)| d.marker.clone());
        let Some(element) = nearest
            .as_ref()
            .and_then(marker_element)
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        else {
            return false;
        };
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        element.focus_with_options(&options).is_ok()
    }

    /// Whether the record is drawn as its own marker (not inside a cluster).
    pub fn shows(&self, id: &str) -> bool {
        self.by_id.borrow().contains_key(id)
    }

    /// The box the map shows now.
    pub fn bounds(&self) -> crate::scene::cluster::Bounds {
        bounds_of(&self.map)
    }

    /// Marks the map while a search is active, so its markers read as matches.
    pub fn set_searching(&self, searching: bool) {
        let container = self.map.get_container();
        let _ = container
            .class_list()
            .toggle_with_force("is-searching", searching);
    }
}

/// Sets or clears the selection mark on a marker's element.
fn mark(marker: &Marker, on: bool) {
    if let Some(element) = marker_element(marker) {
        let _ = element.class_list().toggle_with_force("is-selected", on);
    }
}

impl Drop for MapView {
    fn drop(&mut self) {
        self.drawn.borrow_mut().clear();
        self.map_handles.clear();
        remove_map(&self.map);
    }
}

/// Removes a Leaflet map, first finishing a zoom animation that is still running: Leaflet
/// 1.9.4 ends it from a timer that would otherwise read the removed panes and throw
/// (Leaflet issue #9575, e.g. a language switch right after a zoom).
pub(crate) fn remove_map(map: &Map) {
    let animating = js_sys::Reflect::get(map, &"_animatingZoom".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    if animating {
        if let Some(end) = js_sys::Reflect::get(map, &"_onZoomTransitionEnd".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        {
            let _ = end.call0(map);
        }
    }
    map.remove();
}

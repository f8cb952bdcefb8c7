//! The only code that talks to Leaflet (the `leaflet` crate and the global `L`).
//!
//! Components hand it plain data ([`MapNode`]) and callbacks; the rest of the app never sees a
//! Leaflet object, and no dataset string reaches Leaflet as HTML.

mod icon;

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

use leaflet::{
    Evented, EventedHandle, GeoJson, LatLng, LatLngBounds, Layer, LayerGroup, Map, MapOptions,
    Marker, MarkerOptions,
};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use crate::model::Shape;

#[wasm_bindgen]
extern "C" {
    /// `L.geoJSON(data, options)` (<https://leafletjs.com/reference.html#geojson>); the
    /// `leaflet` crate declares it but does not export the factory.
    #[wasm_bindgen(js_namespace = L, js_name = geoJSON)]
    fn geo_json(data: &JsValue, options: &JsValue) -> GeoJson;
}

/// One record on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct MapPoint {
    /// Record id, handed back when the marker is selected.
    pub id: String,
    /// WGS84 latitude.
    pub lat: f64,
    /// WGS84 longitude.
    pub lon: f64,
    /// Accessible name and hover text (set as an attribute, never as HTML).
    pub title: String,
    /// Category colour, `#rrggbb`.
    pub color: String,
    /// Category shape.
    pub shape: Shape,
    /// Screen offset from the point, for records sharing a place.
    pub offset: (f64, f64),
}

/// Several records drawn as one.
#[derive(Debug, Clone, PartialEq)]
pub struct MapCluster {
    /// Latitude where the cluster is drawn.
    pub lat: f64,
    /// Longitude where the cluster is drawn.
    pub lon: f64,
    /// How many records it holds.
    pub count: usize,
    /// Category colours with their counts, for the ring.
    pub parts: Vec<(String, usize)>,
    /// Accessible name listing the counts by category.
    pub title: String,
}

/// What the map draws.
#[derive(Debug, Clone, PartialEq)]
pub enum MapNode {
    /// One record.
    Point(MapPoint),
    /// Several records as one.
    Cluster(MapCluster),
}

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
    /// The cluster at this position in the last [`MapView::set_nodes`] list was activated.
    pub open_cluster: Box<dyn Fn(usize)>,
    /// The view moved.
    pub moved: Box<dyn Fn(Moved)>,
}

/// Attribution of the bundled basemap (our own constant: Leaflet renders it as HTML).
const BASEMAP_ATTRIBUTION: &str = "Outlines: Natural Earth";

/// A Leaflet map with one layer of markers and clusters.
///
/// Dropping it removes the map and every listener it added
/// (<https://leafletjs.com/reference.html#map-remove>).
pub struct MapView {
    map: Map,
    layer: LayerGroup,
    by_id: HashMap<String, Marker>,
    handles: Vec<EventedHandle<leaflet::Event>>,
    map_handles: Vec<EventedHandle<leaflet::Event>>,
    callbacks: Rc<Callbacks>,
    /// Set while the app itself moves the map, so the move is not taken for the reader's.
    programmatic: Rc<Cell<bool>>,
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
    let get = js_sys::Reflect::get(marker.as_ref(), &"getElement".into()).ok()?;
    let element = get
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call0(marker.as_ref())
        .ok()?;
    element.dyn_into().ok()
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
    pub fn new(element: &HtmlElement, callbacks: Callbacks) -> Result<Self, String> {
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
        let mut view = Self {
            map,
            layer,
            by_id: HashMap::new(),
            handles: Vec::new(),
            map_handles: Vec::new(),
            callbacks,
            programmatic,
        };
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

    /// Draws the bundled basemap (a GeoJSON FeatureCollection) under the markers. Countries are
    /// styled by CSS through their class, so light and dark themes need no code.
    pub fn show_basemap(&self, geojson: &JsValue) {
        let options = object(&[
            ("interactive", JsValue::FALSE),
            ("attribution", BASEMAP_ATTRIBUTION.into()),
            ("style", object(&[("className", "basemap-country".into())])),
        ]);
        let layer: GeoJson = geo_json(geojson, &options);
        layer.unchecked_ref::<Layer>().add_to(&self.map);
        let _ = js_sys::Reflect::get(layer.as_ref(), &"bringToBack".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .map(|f| f.call0(layer.as_ref()));
    }

    /// Writes place names on the map, under the markers (non-interactive).
    pub fn show_labels(&self, places: &[(String, f64, f64)]) -> Result<(), JsValue> {
        let group = LayerGroup::new();
        for (name, lat, lon) in places {
            let options = MarkerOptions::new();
            options.set_icon(icon::label(name)?);
            options.set_interactive(false);
            options.set_keyboard(false);
            options.set_z_index_offset(-1000.0);
            group.add_layer(&Marker::new_with_options(
                &LatLng::new(*lat, *lon),
                &options,
            ));
        }
        group.unchecked_ref::<Layer>().add_to(&self.map);
        Ok(())
    }

    /// Replaces what is drawn with `nodes`; returns how many records they hold.
    pub fn set_nodes(&mut self, nodes: &[MapNode]) -> Result<usize, JsValue> {
        self.handles.clear();
        self.layer.clear_layers();
        self.by_id.clear();
        let mut records = 0;
        for (position, node) in nodes.iter().enumerate() {
            let (marker, activate): (Marker, Rc<dyn Fn()>) = match node {
                MapNode::Point(p) => {
                    let options = MarkerOptions::new();
                    options.set_icon(icon::marker(p.shape, &p.color, &p.id, p.offset)?);
                    options.set_title(p.title.clone());
                    options.set_keyboard(true);
                    options.set_rise_on_hover(true);
                    let marker = Marker::new_with_options(&LatLng::new(p.lat, p.lon), &options);
                    self.by_id.insert(p.id.clone(), marker.clone());
                    records += 1;
                    let (callbacks, id) = (Rc::clone(&self.callbacks), p.id.clone());
                    (marker, Rc::new(move || (callbacks.select)(id.clone())))
                }
                MapNode::Cluster(c) => {
                    let options = MarkerOptions::new();
                    options.set_icon(icon::cluster(c.count, &c.parts)?);
                    options.set_title(c.title.clone());
                    options.set_keyboard(true);
                    options.set_z_index_offset(500.0);
                    let marker = Marker::new_with_options(&LatLng::new(c.lat, c.lon), &options);
                    records += c.count;
                    let callbacks = Rc::clone(&self.callbacks);
                    (marker, Rc::new(move || (callbacks.open_cluster)(position)))
                }
            };
            let on_click = Rc::clone(&activate);
            self.handles.push(Evented::on_leaflet_event(
                &marker,
                "click",
                move |_: leaflet::Event| on_click(),
            ));
            // Leaflet makes markers focusable buttons but opens only popups on Enter, so
            // Enter and Space activate here, as they would on any button.
            self.handles.push(Evented::on_leaflet_event(
                &marker,
                "keydown",
                move |event: leaflet::Event| {
                    if let Some(key) = activation_key(&event) {
                        key.prevent_default();
                        activate();
                    }
                },
            ));
            self.layer.add_layer(&marker);
        }
        Ok(records)
    }

    /// Fits the view to `points` without animation
    /// (<https://leafletjs.com/reference.html#map-fitbounds>).
    pub fn fit(&self, points: &[(f64, f64)], max_zoom: f64) {
        let Some(b) = bounds(points) else { return };
        let options = object(&[
            ("padding", js_sys::Array::of2(&30.into(), &30.into()).into()),
            ("maxZoom", max_zoom.into()),
            ("animate", JsValue::FALSE),
        ]);
        self.quietly(|map| {
            map.fit_bounds_with_options(&b, &options);
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

    /// The current zoom level.
    pub fn zoom(&self) -> f64 {
        self.map.get_zoom()
    }

    /// Marks the selected record's marker and keeps it in view; marks search matches.
    pub fn highlight(&self, selected: Option<&str>, matches: bool) {
        for (id, marker) in &self.by_id {
            if let Some(element) = marker_element(marker) {
                let list = element.class_list();
                let _ = list.toggle_with_force("is-selected", selected == Some(id.as_str()));
                let _ = list.toggle_with_force("is-match", matches);
            }
        }
        if let Some(marker) = selected.and_then(|id| self.by_id.get(id)) {
            marker.set_z_index_offset(1000.0);
            let latlng = marker.get_lat_lng();
            let options = object(&[("animate", JsValue::FALSE)]);
            self.quietly(|map| {
                map.pan_inside_with_options(&latlng, &options);
            });
        }
    }

    /// Whether the record is drawn as its own marker (not inside a cluster).
    pub fn shows(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }
}

impl Drop for MapView {
    fn drop(&mut self) {
        self.handles.clear();
        self.map_handles.clear();
        self.map.remove();
    }
}

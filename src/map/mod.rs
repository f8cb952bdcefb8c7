//! The only code that talks to Leaflet (the `leaflet` crate and the global `L`).
//!
//! Components hand it plain data ([`MapPoint`]) and a callback; it never sees the dataset
//! types' JS side and the rest of the app never sees a Leaflet object.

mod icon;

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

pub use icon::symbol;

/// What the map needs to draw one record.
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
}

#[wasm_bindgen]
extern "C" {
    /// `L.geoJSON(data, options)` (<https://leafletjs.com/reference.html#geojson>); the
    /// `leaflet` crate declares it but does not export the factory.
    #[wasm_bindgen(js_namespace = L, js_name = geoJSON)]
    fn geo_json(data: &JsValue, options: &JsValue) -> GeoJson;
}

/// Attribution of the bundled basemap (our own constant: Leaflet renders it as HTML).
const BASEMAP_ATTRIBUTION: &str = "Outlines: Natural Earth";

/// A Leaflet map with one layer of record markers.
///
/// Dropping it removes the map and every listener it added
/// (<https://leafletjs.com/reference.html#map-remove>).
pub struct MapView {
    map: Map,
    markers: LayerGroup,
    by_id: HashMap<String, Marker>,
    handles: Vec<EventedHandle<leaflet::Event>>,
    on_select: Rc<dyn Fn(String)>,
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

impl MapView {
    /// Creates the map in `element`. Fails when Leaflet is not loaded or the element is not
    /// usable (<https://leafletjs.com/reference.html#map-factory>).
    pub fn new(
        element: &HtmlElement,
        on_select: impl Fn(String) + 'static,
    ) -> Result<Self, String> {
        let has_leaflet = js_sys::Reflect::has(&js_sys::global(), &"L".into()).unwrap_or(false);
        if !has_leaflet {
            return Err("Leaflet (vendor/leaflet/leaflet.js) is not loaded".into());
        }
        let options = MapOptions::new();
        options.set_center(LatLng::new(39.6, 46.8));
        options.set_zoom(8.0);
        options.set_zoom_snap(0.25);
        options.set_min_zoom(5.0);
        options.set_max_zoom(14.0);
        let map = Map::new_with_element(element, &options).map_err(|e| format!("{e:?}"))?;
        let markers = LayerGroup::new();
        markers.unchecked_ref::<Layer>().add_to(&map);
        Ok(Self {
            map,
            markers,
            by_id: HashMap::new(),
            handles: Vec::new(),
            on_select: Rc::new(on_select),
        })
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
        // Keep the basemap under the markers even if it arrives after them.
        let _ = js_sys::Reflect::get(layer.as_ref(), &"bringToBack".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .map(|f| f.call0(layer.as_ref()));
    }

    /// Replaces the markers with `points` and returns how many are drawn.
    pub fn set_points(&mut self, points: &[MapPoint]) -> Result<usize, JsValue> {
        self.handles.clear();
        self.markers.clear_layers();
        self.by_id.clear();
        let positions: Vec<(f64, f64)> = points.iter().map(|p| (p.lat, p.lon)).collect();
        let offsets = crate::spread::offsets(&positions);
        for (point, offset) in points.iter().zip(offsets) {
            let options = MarkerOptions::new();
            options.set_icon(icon::div_icon(
                point.shape,
                &point.color,
                &point.id,
                offset,
            )?);
            options.set_title(point.title.clone());
            options.set_keyboard(true);
            options.set_rise_on_hover(true);
            let marker = Marker::new_with_options(&LatLng::new(point.lat, point.lon), &options);
            let on_select = Rc::clone(&self.on_select);
            let id = point.id.clone();
            let on_click = Rc::clone(&on_select);
            let click_id = id.clone();
            self.handles.push(Evented::on_leaflet_event(
                &marker,
                "click",
                move |_: leaflet::Event| on_click(click_id.clone()),
            ));
            // Leaflet makes markers focusable buttons but opens only popups on Enter, so
            // Enter and Space select here, as they would on any button.
            self.handles.push(Evented::on_leaflet_event(
                &marker,
                "keydown",
                move |event: leaflet::Event| {
                    if let Some(key) = activation_key(&event) {
                        key.prevent_default();
                        on_select(id.clone());
                    }
                },
            ));
            self.markers.add_layer(&marker);
            self.by_id.insert(point.id.clone(), marker);
        }
        Ok(self.by_id.len())
    }

    /// Fits the view to `points` (<https://leafletjs.com/reference.html#map-fitbounds>).
    pub fn fit(&self, points: &[MapPoint]) {
        let Some(first) = points.first() else { return };
        let bounds = LatLngBounds::new(
            &LatLng::new(first.lat, first.lon),
            &LatLng::new(first.lat, first.lon),
        );
        for p in &points[1..] {
            bounds.extend(&LatLng::new(p.lat, p.lon));
        }
        let options = object(&[
            ("padding", js_sys::Array::of2(&30.into(), &30.into()).into()),
            ("maxZoom", 10.into()),
        ]);
        self.map.fit_bounds_with_options(&bounds, &options);
    }

    /// Marks the selected record's marker and pans to it; `None` clears the mark.
    pub fn highlight(&self, selected: Option<&str>) {
        for (id, marker) in &self.by_id {
            if let Some(element) = marker_element(marker) {
                let _ = element
                    .class_list()
                    .toggle_with_force("is-selected", selected == Some(id.as_str()));
            }
        }
        if let Some(marker) = selected.and_then(|id| self.by_id.get(id)) {
            marker.set_z_index_offset(1000.0);
            self.map.pan_inside(&marker.get_lat_lng());
        }
    }
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

impl Drop for MapView {
    fn drop(&mut self) {
        self.handles.clear();
        self.map.remove();
    }
}

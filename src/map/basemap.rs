//! The bundled basemap: land, coasts, borders and the Araz in panes under the markers, names
//! that never collide (the highest-priority names win at each zoom), a metric scale bar, and
//! a small locator map showing where the view lies.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use leaflet::{
    GeoJson, LatLng, LatLngBounds, Layer, Map, MapOptions, Marker, MarkerOptions, PolylineOptions,
    Rectangle, TileLayer, TileLayerOptions,
};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

use super::{bounds_of, icon, marker_element, object};
use crate::geometry::labels::{declutter, Anchor, Anchors, LabelBox};
pub use crate::geometry::labels::{LabelKind, MapLabel};
use crate::scene::cluster::Bounds;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = L, js_name = geoJSON)]
    fn geo_json(data: &JsValue, options: &JsValue) -> GeoJson;
    /// `L.Control.Scale` (<https://leafletjs.com/reference.html#control-scale>), which
    /// leaflet-rs does not bind.
    pub type Scale;
    #[wasm_bindgen(js_namespace = ["L", "control"], js_name = scale)]
    fn control_scale(options: &JsValue) -> Scale;
    #[wasm_bindgen(method, js_name = addTo)]
    fn add_to(this: &Scale, map: &Map);
    /// Writes the bar again (Leaflet's own, called on every move).
    #[wasm_bindgen(method, js_name = _update)]
    pub fn update(this: &Scale);
}

/// Which basemap file: the coarse world below, the fine region above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// `near.geojson` and `world.geojson`, 1:110m.
    World,
    /// `caucasus.geojson`, 1:10m.
    Region,
}

impl Tier {
    fn pane(self) -> &'static str {
        match self {
            Tier::World => "basemap-world",
            Tier::Region => "basemap-region",
        }
    }
}

struct Placed {
    label: MapLabel,
    marker: Marker,
    /// Where the marker stands now: its own point, or the cluster its place stands for.
    at: std::cell::Cell<(f64, f64)>,
    /// A place name's side of its marker (see [`crate::geometry::labels::place_sides`]) and whether
    /// that is a cluster, as last written.
    side: std::cell::Cell<(usize, bool)>,
    _click: Option<leaflet::EventedHandle<leaflet::Event>>,
}

/// What names give way to or follow: marker boxes, and where clusters hold places.
#[derive(Default, Clone)]
pub struct Around {
    /// Marker and cluster boxes in container pixels, never covered.
    pub obstacles: Vec<LabelBox>,
    /// Places held by clusters (see [`crate::geometry::labels::place_anchors`]).
    pub anchors: Anchors,
}

/// The names on a map, decluttered at every redraw, with what they give way to.
#[derive(Default, Clone)]
pub struct Labels(Rc<RefCell<Vec<Placed>>>, Rc<RefCell<Around>>);

impl Labels {
    /// Takes every name off its map.
    pub fn clear(&self) {
        for placed in self.0.borrow_mut().drain(..) {
            placed.marker.remove();
        }
    }

    /// Adds `labels` to `map` (under the markers) and declutters. A place's label calls
    /// `open_place` with the place's name when clicked; the others take no pointer.
    pub fn add(
        &self,
        map: &Map,
        labels: Vec<MapLabel>,
        open_place: &Rc<dyn Fn(String)>,
    ) -> Result<(), JsValue> {
        for label in labels {
            let options = MarkerOptions::new();
            options.set_icon(icon::label(&label.text, label.kind.class())?);
            options.set_interactive(label.place.is_some());
            // Keyboard readers reach a place through its markers and their names.
            options.set_keyboard(false);
            options.set_z_index_offset(-1000.0);
            let marker = Marker::new_with_options(&LatLng::new(label.lat, label.lon), &options);
            marker.unchecked_ref::<Layer>().add_to(map);
            let click = label.place.clone().map(|place| {
                let open = Rc::clone(open_place);
                leaflet::Evented::on_leaflet_event(&marker, "click", move |_: leaflet::Event| {
                    open(place.clone())
                })
            });
            self.0.borrow_mut().push(Placed {
                at: std::cell::Cell::new((label.lat, label.lon)),
                side: std::cell::Cell::new((0, false)),
                label,
                marker,
                _click: click,
            });
        }
        let around = self.1.borrow().clone();
        self.declutter(map, around);
        Ok(())
    }

    /// Shows the labels that fit at the current zoom, highest priority first, never over
    /// `around.obstacles`. A name with several candidate points (a country) is shown once, at
    /// the free candidate nearest the middle of the view. A place held by a cluster is named
    /// beside the cluster it stands for, or not at all (so a cluster never wears a neighbour's
    /// name).
    pub fn declutter(&self, map: &Map, around: Around) {
        *self.1.borrow_mut() = around;
        let around = self.1.borrow();
        let placed = self.0.borrow();
        // No names yet: nothing to measure (measuring forces a layout).
        if placed.is_empty() {
            return;
        }
        let size = map.get_size();
        let (cx, cy) = (size.x() / 2.0, size.y() / 2.0);
        let mut groups: HashMap<&str, usize> = Default::default();
        // Each name's candidate boxes, with the label and the side of its marker they stand
        // for (a place's name tries four; other names have one).
        let mut boxes: Vec<LabelBox> = Vec::with_capacity(placed.len());
        let mut owners: Vec<(usize, usize, bool)> = Vec::with_capacity(placed.len());
        for (i, p) in placed.iter().enumerate() {
            // A place held by a cluster is named beside the cluster it stands for (the
            // biggest places choose their sides first), or not at all.
            let (at, half, records) =
                match p.label.place.as_ref().and_then(|n| around.anchors.get(n)) {
                    Some(Anchor::Cluster(lat, lon, n)) => ((lat, lon), icon::CLUSTER_SIZE / 2.0, n),
                    Some(Anchor::Merged) => continue,
                    None => ((p.label.lat, p.label.lon), icon::SIZE / 2.0, 1),
                };
            if at != p.at.get() {
                p.marker.set_lat_lng(&LatLng::new(at.0, at.1));
                p.at.set(at);
            }
            let point = map.lat_lng_to_container_point(&LatLng::new(at.0, at.1));
            let (dx, dy, w, h) = p.label.kind.frame(&p.label.text);
            let next = groups.len();
            let from_middle = crate::geometry::math::hypot(point.x() - cx, point.y() - cy);
            let one = LabelBox {
                x: point.x() + dx,
                y: point.y() + dy,
                w,
                h,
                priority: p.label.priority,
                group: *groups.entry(p.label.text.as_str()).or_insert(next),
                order: from_middle,
            };
            let sides = match p.label.kind {
                LabelKind::Place => &crate::geometry::labels::place_sides(half, w, h)[..],
                _ => &[(dx, dy)],
            };
            for (k, side) in sides.iter().enumerate() {
                boxes.push(LabelBox {
                    x: point.x() + side.0,
                    y: point.y() + side.1,
                    order: k as f64 / 8.0 - records as f64 + from_middle / 1e6,
                    ..one
                });
                owners.push((i, k, half > icon::SIZE));
            }
        }
        // What lies over the map is measured now: the attribution grows when the basemap
        // arrives, and the legend opens and closes.
        let mut obstacles = around.obstacles.clone();
        obstacles.extend(overlay_boxes(map));
        let shown = declutter(&boxes, (size.x(), size.y()), &obstacles);
        let mut sides = vec![None; placed.len()];
        for (&(i, k, big), show) in owners.iter().zip(shown) {
            if show {
                sides[i] = Some((k, big));
            }
        }
        for (p, side) in placed.iter().zip(sides) {
            let Some(element) = marker_element(&p.marker) else {
                continue;
            };
            let classes = element.class_list();
            let _ = classes.toggle_with_force("label-hidden", side.is_none());
            // The side's transform is in the style sheet, which measures the name itself.
            if let Some((k, big)) = side.filter(|&side| side != p.side.get()) {
                p.side.set((k, big));
                let _ = classes.toggle_with_force("big", big);
                for (n, class) in ["s1", "s2", "s3"].into_iter().enumerate() {
                    let _ = classes.toggle_with_force(class, k == n + 1);
                }
            }
        }
    }
}

/// Makes the panes the basemap tiers draw in: both under the markers, the world below.
pub fn make_panes(map: &Map) {
    for (name, z) in [(Tier::World.pane(), "150"), (Tier::Region.pane(), "160")] {
        let pane = map.create_pane_by_name(name);
        let _ = pane.style().set_property("z-index", z);
        let _ = pane.style().set_property("pointer-events", "none");
    }
}

/// Adds the metric scale bar.
///
/// Leaflet writes its units as "m" and "km"; this control's `_updateScale` (what writes the
/// bar's width and text) is replaced so they read the units of the language `words` holds.
/// Returns the control, whose [`Scale::update`] writes it again.
pub fn add_scale(map: &Map, words: &super::Words) -> Scale {
    const MAX_WIDTH: f64 = 110.0;
    let control = control_scale(&object(&[
        ("imperial", JsValue::FALSE),
        ("position", "bottomright".into()),
        ("maxWidth", MAX_WIDTH.into()),
    ]));
    let words = words.clone();
    let update = wasm_bindgen::closure::Closure::<dyn Fn(HtmlElement, String, f64)>::new(
        move |bar: HtmlElement, text: String, ratio: f64| {
            let (km, m) = (words.get().unit_km, words.get().unit_m);
            let width = (MAX_WIDTH * ratio).round() as i32;
            let _ = bar.style().set_property("width", &format!("{width}px"));
            let text = match (text.strip_suffix(" km"), text.strip_suffix(" m")) {
                (Some(n), _) => format!("{n} {km}"),
                (None, Some(n)) => format!("{n} {m}"),
                _ => text,
            };
            bar.set_text_content(Some(&text));
        },
    );
    let _ = js_sys::Reflect::set(&control, &"_updateScale".into(), update.as_ref());
    // Lives as long as the control, which lives as long as the map.
    update.forget();
    control.add_to(map);
    control
}

/// Boxes (in container pixels) of what lies over the map: Leaflet's controls, and the
/// legend, locator inset, "Whole region" and month badge in the map's stage. Names give way to them.
pub fn overlay_boxes(map: &Map) -> Vec<LabelBox> {
    /// Pixels kept free around what lies over the map.
    const OVERLAY_MARGIN: f64 = 6.0;
    let container = map.get_container();
    let origin = container.get_bounding_client_rect();
    let mut out = Vec::new();
    let mut add = |list: Option<web_sys::NodeList>| {
        let Some(list) = list else { return };
        for i in 0..list.length() {
            let Some(el) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let r = el.get_bounding_client_rect();
            if r.width() > 0.0 && r.height() > 0.0 {
                // A little room around each, as the label boxes are estimates of the text.
                out.push(LabelBox {
                    x: r.left() - origin.left() - OVERLAY_MARGIN,
                    y: r.top() - origin.top() - OVERLAY_MARGIN,
                    w: r.width() + 2.0 * OVERLAY_MARGIN,
                    h: r.height() + 2.0 * OVERLAY_MARGIN,
                    priority: 0,
                    group: 0,
                    order: 0.0,
                });
            }
        }
    };
    add(container.query_selector_all(".leaflet-control").ok());
    // What the page lays over the map: in the stage the map stands in.
    if let Ok(Some(stage)) = container.closest(".stage") {
        add(stage
            .query_selector_all(".legend, .locator, .whole-region, .month-badge:not(.is-hidden)")
            .ok());
    }
    out
}

/// How far `boxes` (over a `w` × `h` map) reach in from each side (left, top, right, bottom),
/// in pixels: each counts against the nearer of the two sides its corner touches (whichever
/// costs the view less).
pub fn clear_padding(boxes: &[LabelBox], w: f64, h: f64) -> (f64, f64, f64, f64) {
    let mut pad = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    for b in boxes {
        let (left, top) = (b.x + b.w / 2.0 < w / 2.0, b.y + b.h / 2.0 < h / 2.0);
        let across = if left { b.x + b.w } else { w - b.x };
        let down = if top { b.y + b.h } else { h - b.y };
        match (across <= down, left, top) {
            (true, true, _) => pad.0 = pad.0.max(across),
            (true, false, _) => pad.2 = pad.2.max(across),
            (false, _, true) => pad.1 = pad.1.max(down),
            (false, _, false) => pad.3 = pad.3.max(down),
        }
    }
    pad
}

/// The features of a FeatureCollection whose `properties.kind` is `kind`.
fn of_kind(geojson: &JsValue, kind: &str) -> JsValue {
    let features = js_sys::Reflect::get(geojson, &"features".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Array>().ok())
        .unwrap_or_default();
    let picked: js_sys::Array = features
        .iter()
        .filter(|f| {
            js_sys::Reflect::get(f, &"properties".into())
                .and_then(|p| js_sys::Reflect::get(&p, &"kind".into()))
                .ok()
                .and_then(|k| k.as_string())
                .as_deref()
                == Some(kind)
        })
        .collect();
    object(&[
        ("type", "FeatureCollection".into()),
        ("features", picked.into()),
    ])
}

/// Draws one tier of the basemap in its pane, each kind of feature styled by CSS through its
/// class (`basemap-land`, `-coast`, `-border`, `-river`).
pub fn show(map: &Map, geojson: &JsValue, tier: Tier) {
    for kind in ["land", "coast", "border", "river"] {
        let class = format!(
            "basemap-{kind} basemap-{}",
            if tier == Tier::World {
                "world"
            } else {
                "region"
            }
        );
        let options = [
            ("interactive", JsValue::FALSE),
            ("pane", tier.pane().into()),
            ("style", object(&[("className", class.into())])),
        ];
        let layer = geo_json(&of_kind(geojson, kind), &object(&options));
        layer.unchecked_ref::<Layer>().add_to(map);
    }
}

/// Adds an opted-in tile layer over the bundled land (names, rivers' labels and markers stay
/// above it), crediting `tiles.attribution` and the tile server's host, as text.
pub fn show_tiles(map: &Map, tiles: &crate::model::Tiles) {
    let pane = map.create_pane_by_name("tiles");
    let _ = pane.style().set_property("z-index", "170");
    let options = TileLayerOptions::new();
    let server = crate::query::source::tile_origin(&tiles.url).unwrap_or_default();
    let credit = format!(
        "{} ({})",
        tiles.attribution,
        crate::query::source::host(&server)
    );
    options.set_attribution(crate::words::present::escape_html(&credit));
    options.set_pane("tiles".into());
    options.set_max_zoom(19.0);
    TileLayer::new_options(&tiles.url, &options)
        .unchecked_ref::<Layer>()
        .add_to(map);
}

/// A basemap file, parsed: a GeoJSON FeatureCollection whose features have
/// `properties.kind` (land, coast, border, river).
#[derive(Clone)]
pub struct Outline(pub(super) JsValue);

impl Outline {
    /// Parses a basemap file's text; `None` when it is not JSON.
    pub fn parse(text: &str) -> Option<Self> {
        js_sys::JSON::parse(text).ok().map(Self)
    }

    /// The box it covers: its GeoJSON `bbox` (`[west, south, east, north]`), if it has one.
    pub fn bbox(&self) -> Option<Bounds> {
        bbox(&self.0)
    }
}

/// The box a GeoJSON object covers: its `bbox`, if it has one.
fn bbox(geojson: &JsValue) -> Option<Bounds> {
    let b = js_sys::Reflect::get(geojson, &"bbox".into()).ok()?;
    let b: js_sys::Array = b.dyn_into().ok()?;
    let n = |i| b.get(i).as_f64();
    Some(Bounds {
        west: n(0)?,
        south: n(1)?,
        east: n(2)?,
        north: n(3)?,
    })
}

/// A small map in a corner showing where the main view lies.
pub struct Locator {
    map: Map,
    frame: Rectangle,
}

impl Locator {
    /// Creates the locator in `element`: no controls, no interaction.
    pub fn new(element: &HtmlElement) -> Result<Self, String> {
        let options = MapOptions::new();
        options.set_center(LatLng::new(40.0, 46.0));
        options.set_zoom(3.0);
        options.set_zoom_control(false);
        options.set_attribution_control(false);
        options.set_dragging(false);
        options.set_scroll_wheel_zoom(false);
        options.set_double_click_zoom(JsValue::FALSE);
        options.set_box_zoom(false);
        options.set_keyboard(false);
        options.set_touch_zoom(false);
        let map = Map::new_with_element(element, &options).map_err(|e| format!("{e:?}"))?;
        make_panes(&map);
        let b = LatLngBounds::new(&LatLng::new(39.0, 45.0), &LatLng::new(41.0, 47.0));
        let options = PolylineOptions::new();
        options.set_interactive(false);
        options.set_class_name("locator-frame".into());
        let frame = Rectangle::new_with_options(&b, &options);
        frame.unchecked_ref::<Layer>().add_to(&map);
        Ok(Self { map, frame })
    }

    /// Draws the world's land in the locator.
    pub fn show(&self, outline: &Outline) {
        show(&self.map, &outline.0, Tier::World);
    }

    /// Frames the main map's view, zoomed out around it. At once, not animated, so that
    /// [`Locator::bounds`] says what it shows next.
    pub fn follow(&self, main: &super::MapView) {
        let main = &main.map;
        let bounds = main.get_bounds();
        self.frame.set_bounds(&bounds);
        let zoom = (main.get_zoom() - 5.0).clamp(0.0, 6.0);
        self.map.set_view_with_options(
            &main.get_center(),
            zoom,
            &object(&[("animate", JsValue::FALSE)]),
        );
    }

    /// The box the locator shows.
    pub fn bounds(&self) -> Bounds {
        bounds_of(&self.map)
    }
}

impl Drop for Locator {
    fn drop(&mut self) {
        super::remove_map(&self.map);
    }
}

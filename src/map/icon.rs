//! Marker and cluster icons: SVG built as DOM nodes inside Leaflet `divIcon`s, never as an
//! HTML string, so no dataset text can be parsed as markup.
//! See <https://leafletjs.com/reference.html#divicon>.

use leaflet::{DivIconOptions, Icon, Point};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

use crate::model::Shape;
use crate::symbols;

#[wasm_bindgen]
extern "C" {
    /// `L.divIcon(options)`. The `leaflet` crate's `DivIcon::new` calls `new L.Icon`, which
    /// needs an image URL, so the factory is bound here.
    #[wasm_bindgen(js_namespace = L, js_name = divIcon)]
    fn div_icon_factory(options: &DivIconOptions) -> Icon;
}

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// Pixel size of a marker symbol on the map.
pub const SIZE: f64 = 18.0;
/// Pixel size of a cluster icon.
pub const CLUSTER_SIZE: f64 = 40.0;

fn document() -> Result<Document, JsValue> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))
}

fn svg(document: &Document, size: f64, viewbox: f64) -> Result<Element, JsValue> {
    let svg = document.create_element_ns(Some(SVG_NS), "svg")?;
    svg.set_attribute("viewBox", &format!("0 0 {viewbox} {viewbox}"))?;
    svg.set_attribute("width", &size.to_string())?;
    svg.set_attribute("height", &size.to_string())?;
    svg.set_attribute("aria-hidden", "true")?;
    svg.set_attribute("focusable", "false")?;
    Ok(svg)
}

fn path(document: &Document, d: &str, fill: &str, class: &str) -> Result<Element, JsValue> {
    let path = document.create_element_ns(Some(SVG_NS), "path")?;
    path.set_attribute("d", d)?;
    // Presentation attributes, not `style`, so a strict style-src CSP allows them.
    path.set_attribute("fill", fill)?;
    path.set_attribute("class", class)?;
    Ok(path)
}

fn leaflet_icon(element: &Element, class: &str, size: f64, anchor: (f64, f64)) -> Icon {
    let options = DivIconOptions::new();
    options.set_class_name(class.to_string());
    options.set_icon_size(Point::new(size, size));
    options.set_icon_anchor(Point::new(anchor.0, anchor.1));
    // Leaflet 1.9 accepts an Element as `html` and appends it instead of parsing a string.
    let _ = js_sys::Reflect::set(options.as_ref(), &"html".into(), element.unchecked_ref());
    div_icon_factory(&options)
}

/// A record marker: its category's shape and colour, drawn `offset` pixels away from its point
/// (see [`crate::spread`]); `record_id` is kept on the SVG for tests and styling.
pub fn marker(
    shape: Shape,
    color: &str,
    record_id: &str,
    offset: (f64, f64),
) -> Result<Icon, JsValue> {
    let document = document()?;
    let svg = svg(&document, SIZE, symbols::VIEWBOX)?;
    svg.set_attribute("data-record-id", record_id)?;
    let symbol = path(&document, &symbols::path(shape), color, "svc-symbol")?;
    svg.append_child(&symbol)?;
    let anchor = (SIZE / 2.0 - offset.0, SIZE / 2.0 - offset.1);
    Ok(leaflet_icon(&svg, "svc-marker", SIZE, anchor))
}

/// A cluster: a ring split by category colour around the number of records.
pub fn cluster(count: usize, parts: &[(String, usize)]) -> Result<Icon, JsValue> {
    let document = document()?;
    let svg = svg(&document, CLUSTER_SIZE, CLUSTER_SIZE)?;
    svg.set_attribute("data-cluster-size", &count.to_string())?;
    let c = CLUSTER_SIZE / 2.0;
    let disc = path(
        &document,
        &format!("M{c} 3A17 17 0 1 1 {} 3Z", c - 0.01),
        "currentColor",
        "cluster-disc",
    )?;
    svg.append_child(&disc)?;
    let counts: Vec<usize> = parts.iter().map(|(_, n)| *n).collect();
    for (i, d) in symbols::donut(&counts, c, 19.0, 13.5) {
        let part = path(&document, &d, &parts[i].0, "cluster-part")?;
        svg.append_child(&part)?;
    }
    let text = document.create_element_ns(Some(SVG_NS), "text")?;
    text.set_attribute("x", &c.to_string())?;
    text.set_attribute("y", &c.to_string())?;
    text.set_attribute("class", "cluster-count")?;
    text.set_attribute("text-anchor", "middle")?;
    text.set_attribute("dominant-baseline", "central")?;
    text.set_text_content(Some(&count.to_string()));
    svg.append_child(&text)?;
    Ok(leaflet_icon(&svg, "svc-cluster", CLUSTER_SIZE, (c, c)))
}

/// A place name under its point: text in a DOM node, decorative (the markers carry the names
/// for assistive technology).
pub fn label(name: &str) -> Result<Icon, JsValue> {
    let document = document()?;
    let span = document.create_element("span")?;
    span.set_text_content(Some(name));
    span.set_attribute("aria-hidden", "true")?;
    let options = DivIconOptions::new();
    options.set_class_name("place-label".to_string());
    options.set_icon_size(Point::new(0.0, 0.0));
    let _ = js_sys::Reflect::set(options.as_ref(), &"html".into(), span.unchecked_ref());
    Ok(div_icon_factory(&options))
}

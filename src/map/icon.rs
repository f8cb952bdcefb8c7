//! Marker and cluster icons: SVG built as DOM nodes inside Leaflet `divIcon`s, never as an
//! HTML string, so no dataset text can be parsed as markup.
//! See <https://leafletjs.com/reference.html#divicon>.

use leaflet::{DivIconOptions, Icon, Point};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

use crate::geometry::symbols;
use crate::model::Status;

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
/// (see [`crate::geometry::spread`]); its record id is kept on the SVG for tests and styling, and a
/// change in the month Play shows adds the class `is-changed` (a brief pulse).
///
/// The status shows in the drawing, not in colour alone: opened is filled, planned is only the
/// outline in the category's colour, closed is greyed and crossed out. The colour is the SVG
/// `color` attribute, so CSS can use it as `currentColor` for fill or stroke.
pub fn marker(point: &super::MapPoint) -> Result<Icon, JsValue> {
    let (shape, color, status, record_id) = (point.shape, &point.color, point.status, &point.id);
    let offset = point.offset;
    let document = document()?;
    let svg = svg(&document, SIZE, symbols::VIEWBOX)?;
    svg.set_attribute("data-record-id", record_id)?;
    let name = status.name();
    svg.set_attribute("data-status", name)?;
    if offset != (0.0, 0.0) {
        // The leg back to the true point, in viewBox units (the icon is SIZE px wide).
        let c = symbols::VIEWBOX / 2.0;
        let scale = symbols::VIEWBOX / SIZE;
        let (x, y) = (c - offset.0 * scale, c - offset.1 * scale);
        let leg = path(
            &document,
            &format!("M{c} {c}L{x:.2} {y:.2}"),
            "none",
            "spider-leg",
        )?;
        leg.set_attribute("data-foot", &format!("{x:.2} {y:.2}"))?;
        svg.append_child(&leg)?;
    }
    let class = format!("svc-symbol status-{name}");
    let symbol = path(&document, &symbols::path(shape), color, &class)?;
    symbol.set_attribute("color", color)?;
    svg.append_child(&symbol)?;
    if status == Status::Closed {
        let cross = path(&document, symbols::CROSS, "none", "status-cross")?;
        svg.append_child(&cross)?;
    }
    let anchor = (SIZE / 2.0 - offset.0, SIZE / 2.0 - offset.1);
    let class = if point.changed {
        "svc-marker is-changed"
    } else {
        "svc-marker"
    };
    Ok(leaflet_icon(&svg, class, SIZE, anchor))
}

/// A cluster: an outer ring split by family colour (at most five slices), an inner ring split
/// by status (opened filled, planned hollow, closed grey) and the number of records.
pub fn cluster(
    count: usize,
    parts: &[(String, usize)],
    statuses: crate::model::PerStatus<usize>,
    changed: bool,
) -> Result<Icon, JsValue> {
    let document = document()?;
    let svg = svg(&document, CLUSTER_SIZE, CLUSTER_SIZE)?;
    svg.set_attribute("data-cluster-size", &count.to_string())?;
    svg.set_attribute(
        "data-statuses",
        &format!(
            "{} {} {}",
            statuses[Status::Planned],
            statuses[Status::Opened],
            statuses[Status::Closed]
        ),
    )?;
    let c = CLUSTER_SIZE / 2.0;
    let disc = path(
        &document,
        &format!("M{c} 3A17 17 0 1 1 {} 3Z", c - 0.01),
        "currentColor",
        "cluster-disc",
    )?;
    svg.append_child(&disc)?;
    let counts: Vec<usize> = parts.iter().map(|(_, n)| *n).collect();
    for (i, d) in symbols::donut(&counts, c, 19.5, 15.0) {
        let part = path(&document, &d, &parts[i].0, "cluster-part")?;
        svg.append_child(&part)?;
    }
    // Status, clockwise from the top: opened, planned, closed.
    let split: Vec<usize> = statuses.shown().map(|(_, &n)| n).collect();
    for (i, d) in symbols::donut(&split, c, 14.0, 11.0) {
        let name = Status::SHOWN[i].name();
        let part = path(&document, &d, "currentColor", &format!("ring-{name}"))?;
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
    let class = if changed {
        "svc-cluster is-changed"
    } else {
        "svc-cluster"
    };
    Ok(leaflet_icon(&svg, class, CLUSTER_SIZE, (c, c)))
}

/// A name on the map: text in a DOM node, decorative (the markers carry the names for
/// assistive technology), styled by `class`.
pub fn label(name: &str, class: &str) -> Result<Icon, JsValue> {
    let document = document()?;
    let span = document.create_element("span")?;
    span.set_text_content(Some(name));
    span.set_attribute("aria-hidden", "true")?;
    let options = DivIconOptions::new();
    options.set_class_name(class.to_string());
    options.set_icon_size(Point::new(0.0, 0.0));
    let _ = js_sys::Reflect::set(options.as_ref(), &"html".into(), span.unchecked_ref());
    Ok(div_icon_factory(&options))
}

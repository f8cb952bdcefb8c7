//! Marker icons: an SVG symbol (shape and colour of the record's category) inside a Leaflet
//! `DivIcon`. The SVG is built as DOM nodes, never as an HTML string, so no dataset text can
//! be parsed as markup. See <https://leafletjs.com/reference.html#divicon>.

use leaflet::{DivIconOptions, Icon, Point};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

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

/// An `<svg>` element drawing `shape` in `color` (validated `#rrggbb`).
pub fn symbol(shape: Shape, color: &str) -> Result<Element, JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let svg = document.create_element_ns(Some(SVG_NS), "svg")?;
    svg.set_attribute("viewBox", &format!("0 0 {0} {0}", symbols::VIEWBOX))?;
    svg.set_attribute("width", &SIZE.to_string())?;
    svg.set_attribute("height", &SIZE.to_string())?;
    svg.set_attribute("aria-hidden", "true")?;
    svg.set_attribute("focusable", "false")?;
    let path = document.create_element_ns(Some(SVG_NS), "path")?;
    path.set_attribute("d", &symbols::path(shape))?;
    // Presentation attributes, not `style`, so a strict style-src CSP allows them.
    path.set_attribute("fill", color)?;
    path.set_attribute("class", "svc-symbol")?;
    svg.append_child(&path)?;
    Ok(svg)
}

/// A Leaflet icon holding [`symbol`], drawn `offset` pixels away from its point (see
/// [`crate::spread`]); `record_id` is kept on the SVG for tests and styling.
pub fn div_icon(
    shape: Shape,
    color: &str,
    record_id: &str,
    offset: (f64, f64),
) -> Result<Icon, JsValue> {
    let svg = symbol(shape, color)?;
    svg.set_attribute("data-record-id", record_id)?;
    let options = DivIconOptions::new();
    options.set_class_name("svc-marker".to_string());
    options.set_icon_size(Point::new(SIZE, SIZE));
    options.set_icon_anchor(Point::new(SIZE / 2.0 - offset.0, SIZE / 2.0 - offset.1));
    // Leaflet 1.9 accepts an Element as `html` and appends it instead of parsing a string.
    js_sys::Reflect::set(options.as_ref(), &"html".into(), svg.unchecked_ref())?;
    Ok(div_icon_factory(&options))
}

//! Where keyboard focus goes: into a panel as it opens, and back to what opened it as it
//! closes, so focus never falls to the page's `<body>`.

use wasm_bindgen::JsCast;

/// The focused element, if it is an HTML element.
pub fn active_element() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .active_element()?
        .dyn_into()
        .ok()
}

/// Focuses `element` without scrolling the page.
pub fn focus(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// The first element matching `selector`, if it is an HTML element.
pub fn find(selector: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .query_selector(selector)
        .ok()??
        .dyn_into()
        .ok()
}

/// The map marker drawn for record `id`, if one is. Ids are compared as text, so any id,
/// quotes and all, is safe (no selector is built from it).
pub fn marker_of(id: &str) -> Option<web_sys::HtmlElement> {
    let drawn = web_sys::window()?
        .document()?
        .query_selector_all(".map [data-record-id]")
        .ok()?;
    (0..drawn.length())
        .filter_map(|i| drawn.item(i)?.dyn_into::<web_sys::Element>().ok())
        .find(|e| e.get_attribute("data-record-id").as_deref() == Some(id))?
        .closest(".leaflet-marker-icon")
        .ok()??
        .dyn_into()
        .ok()
}

/// Returns focus to `opener` if it is still on the page, else to `fallback`, else to the map.
pub fn return_to(opener: Option<web_sys::HtmlElement>, fallback: Option<web_sys::HtmlElement>) {
    let target = opener
        .filter(|e| e.is_connected() && e.tag_name() != "BODY")
        .or(fallback)
        .or_else(|| find(".map"));
    if let Some(target) = target {
        focus(&target);
    }
}

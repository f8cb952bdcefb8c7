//! The map must not take the reader's scrolling. In an article's iframe the wheel zooms only
//! once the map has been clicked or focused (or with Ctrl held); there and on the full page,
//! one finger scrolls the page and two move the map. A short hint says so.

use leaflet::Map;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// A DOM event listener.
type Listener = Closure<dyn FnMut(web_sys::Event)>;

/// The listeners the guard added; dropping it removes nothing (the map lives as long as the
/// page), but keeps the closures alive.
pub struct Guard {
    _listeners: Vec<Listener>,
}

fn touch_capable() -> bool {
    web_sys::window()
        .is_some_and(|w| js_sys::Reflect::has(&w, &"ontouchstart".into()).unwrap_or(false))
}

/// Guards `map`'s one-finger drag and, in an `article`'s frame, its wheel; the hints, in the
/// language `words` holds when the reader tries them, are shown briefly over the map.
pub fn guard(map: &Map, article: bool, words: &super::Words) -> Option<Guard> {
    let touch = touch_capable();
    if !article && !touch {
        return None;
    }
    let container = map.get_container();
    let document = web_sys::window()?.document()?;
    let hint = document.create_element("div").ok()?;
    hint.set_class_name("gesture-hint");
    hint.set_attribute("aria-hidden", "true").ok()?;
    container.append_child(&hint).ok()?;
    let members = map.unchecked_ref::<super::MapMembers>();
    let wheel = members.scroll_wheel_zoom();
    if article {
        wheel.disable();
    }
    let drag = members.dragging();
    if touch {
        drag.disable();
    }
    let timer = std::rc::Rc::new(std::cell::Cell::new(0));
    let show = {
        let hint = hint.clone();
        let timer = std::rc::Rc::clone(&timer);
        move |text: &'static str| {
            hint.set_text_content(Some(text));
            let _ = hint.class_list().add_1("is-showing");
            let Some(window) = web_sys::window() else {
                return;
            };
            window.clear_timeout_with_handle(timer.get());
            let hint = hint.clone();
            let hide = Closure::once_into_js(move || {
                let _ = hint.class_list().remove_1("is-showing");
            });
            if let Ok(id) = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(hide.unchecked_ref(), 1500)
            {
                timer.set(id);
            }
        }
    };
    let mut listeners: Vec<(&str, Listener, bool)> = Vec::new();
    if article {
        // Clicking or focusing the map hands it the wheel; leaving it takes the wheel back.
        for (event, enable) in [
            ("mousedown", true),
            ("focusin", true),
            ("mouseleave", false),
            ("focusout", false),
        ] {
            let wheel = wheel.clone();
            listeners.push((
                event,
                Closure::new(move |_| {
                    if enable {
                        wheel.enable();
                    } else {
                        wheel.disable();
                    }
                }),
                true,
            ));
        }
        let (wheel, map, show, words) = (wheel.clone(), map.clone(), show.clone(), words.clone());
        listeners.push((
            "wheel",
            Closure::new(move |event: web_sys::Event| {
                if wheel.enabled() {
                    return;
                }
                let Ok(event) = event.dyn_into::<web_sys::WheelEvent>() else {
                    return;
                };
                if event.ctrl_key() || event.meta_key() {
                    event.prevent_default();
                    if event.delta_y() < 0.0 {
                        map.zoom_in(1.0);
                    } else {
                        map.zoom_out(1.0);
                    }
                } else {
                    show(words.get().wheel_hint);
                }
            }),
            false,
        ));
    }
    if touch {
        let drag2 = drag.clone();
        listeners.push((
            "touchstart",
            Closure::new(move |event: web_sys::Event| {
                let Ok(event) = event.dyn_into::<web_sys::TouchEvent>() else {
                    return;
                };
                if event.touches().length() >= 2 {
                    drag2.enable();
                } else {
                    drag2.disable();
                }
            }),
            true,
        ));
        let words = words.clone();
        listeners.push((
            "touchmove",
            Closure::new(move |event: web_sys::Event| {
                let Ok(event) = event.dyn_into::<web_sys::TouchEvent>() else {
                    return;
                };
                if event.touches().length() == 1 {
                    show(words.get().touch_hint);
                }
            }),
            true,
        ));
    }
    let mut kept = Vec::new();
    for (event, closure, passive) in listeners {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_passive(passive);
        let _ = container.add_event_listener_with_callback_and_add_event_listener_options(
            event,
            closure.as_ref().unchecked_ref(),
            &options,
        );
        kept.push(closure);
    }
    Some(Guard { _listeners: kept })
}

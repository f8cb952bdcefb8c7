//! Living in an article's iframe: knowing we are framed, telling the host our height in the
//! formats hosts understand (Datawrapper, Pym.js, AMP), waiting until the frame is near the
//! reader before loading, and the "Embed" panel that writes the iframe code.

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::state::ViewModel;
use crate::query::url;
use crate::words::embed_code::{self, Choice, Options, Width};

/// Whether the page runs inside a frame (an article's iframe).
pub fn in_frame() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        // A cross-origin top that cannot be read is still a frame.
        _ => true,
    }
}

fn search_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The height the page needs, in CSS pixels (not the frame's: that would never shrink). It
/// also records, as `--chrome` on `<html>`, how much of it is not the map, so the map can
/// take the rest of a frame (see `.has-chrome` in the stylesheet).
fn measure() -> f64 {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return 0.0;
    };
    let (Some(root), Some(body)) = (document.document_element(), document.body()) else {
        return 0.0;
    };
    // The map fills what the rest of the page (its "chrome") leaves of the frame; the height
    // the page needs is measured with the map at its own height, so a frame a host enlarged
    // can shrink again.
    let classes = root.class_list();
    let _ = classes.add_1("is-measuring");
    let height = body.get_bounding_client_rect().height().ceil();
    let map = document
        .query_selector(".map")
        .ok()
        .flatten()
        .map(|m| m.get_bounding_client_rect().height());
    let _ = classes.remove_1("is-measuring");
    if let (Some(map), Ok(root)) = (map, root.dyn_into::<web_sys::HtmlElement>()) {
        let chrome = (height - map).max(0.0) as i32;
        let _ = root
            .style()
            .set_property("--chrome", &format!("{chrome}px"));
        let _ = classes.add_1("has-chrome");
    }
    height
}

/// The ids hosts gave the frame in its first address (read once: the app rewrites its
/// address later): Datawrapper's `embed_id` and Pym.js's `childId`.
struct FrameIds {
    embed: String,
    pym_child: Option<String>,
}

impl FrameIds {
    fn read() -> Self {
        Self {
            embed: search_param("embed_id")
                .map(|id| embed_code::safe_id(&id))
                .filter(|id| !id.is_empty())
                .unwrap_or_else(|| "services-map".into()),
            pym_child: search_param("childId").map(|id| embed_code::safe_id(&id)),
        }
    }
}

fn parent() -> Option<web_sys::Window> {
    web_sys::window()?.parent().ok()?
}

/// Posts `height` to the parent in the three formats hosts already listen for.
fn post_height(height: f64, ids: &FrameIds) {
    let Some(parent) = parent() else {
        return;
    };
    let h = height as u32;
    // Datawrapper: {"datawrapper-height": {"<chart id>": h}}. An entry, not an assignment, so
    // an id such as `__proto__` is a key like any other.
    let entry = js_sys::Array::of2(&ids.embed.as_str().into(), &h.into());
    let Ok(inner) = js_sys::Object::from_entries(&js_sys::Array::of1(&entry)) else {
        return;
    };
    let datawrapper = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&datawrapper, &"datawrapper-height".into(), &inner);
    let _ = parent.post_message(&datawrapper, "*");
    // Pym.js: "pymxPYMx<childId>xPYMxheightxPYMx<h>", with the childId Pym put in our URL.
    if let Some(child) = &ids.pym_child {
        let message = format!("pymxPYMx{child}xPYMxheightxPYMx{h}");
        let _ = parent.post_message(&JsValue::from_str(&message), "*");
    }
    // AMP: {sentinel: "amp", type: "embed-size", height}.
    let amp = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&amp, &"sentinel".into(), &"amp".into());
    let _ = js_sys::Reflect::set(&amp, &"type".into(), &"embed-size".into());
    let _ = js_sys::Reflect::set(&amp, &"height".into(), &h.into());
    let _ = parent.post_message(&amp, "*");
}

/// In a frame, posts the content's height now and whenever it changes (panels, the card, a
/// rotation), once per change.
pub fn start_auto_height() {
    // fit=1: the host's height is the page's (early.js marks <html>), so none is asked for;
    // the map still takes what the rest of the page leaves of it.
    let fit = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.class_list().contains("fit"));
    if !in_frame() {
        return;
    }
    let last = std::rc::Rc::new(std::cell::Cell::new(-1.0));
    let ids = FrameIds::read();
    let report = move || {
        let h = measure();
        if !fit && (h - last.get()).abs() >= 1.0 {
            last.set(h);
            post_height(h, &ids);
        }
    };
    report();
    let callback = Closure::<dyn Fn()>::new(report);
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        observer.observe(&body);
    }
    // Both live as long as the page.
    callback.forget();
    std::mem::forget(observer);
}

/// An action the host page is told of: its type, the key of its value, and how to read it.
type Action = (&'static str, &'static str, Box<dyn Fn() -> JsValue>);

/// In a frame, tells the host page what its reader does, as `embed.js` passes on
/// (`servicesMap.on(type, fn)`): `{source: "services-map", id, type, <key>: value}` for a
/// record selected or cleared (`select`, `record`), the filters (`filters`, `query`: as a
/// link's), the month shown (`month`, `month`) and play (`play`, `playing`). Only changes are
/// posted, not the first view.
pub fn announce(ctx: &ViewModel, playing: RwSignal<bool>) {
    if !in_frame() {
        return;
    }
    let id = JsValue::from(FrameIds::read().embed);
    let (selected, filters, at) = (ctx.selected, ctx.filters, ctx.at);
    let events: [Action; 4] = [
        (
            "select",
            "record",
            Box::new(move || selected.get().map_or(JsValue::NULL, JsValue::from)),
        ),
        (
            "filters",
            "query",
            Box::new(move || {
                filters
                    .with(|f| {
                        url::write(&url::ViewState {
                            filters: f.clone(),
                            ..Default::default()
                        })
                    })
                    .into()
            }),
        ),
        (
            "month",
            "month",
            Box::new(move || at.get().to_string().into()),
        ),
        ("play", "playing", Box::new(move || playing.get().into())),
    ];
    for (kind, key, read) in events {
        let id = id.clone();
        let first = std::cell::Cell::new(true);
        Effect::new(move |_| {
            let value = read();
            let (Some(parent), false) = (parent(), first.replace(false)) else {
                return;
            };
            let message = js_sys::Object::new();
            for (k, v) in [
                ("source", &"services-map".into()),
                ("id", &id),
                ("type", &kind.into()),
                (key, &value),
            ] {
                let _ = js_sys::Reflect::set(&message, &k.into(), v);
            }
            let _ = parent.post_message(&message, "*");
        });
    }
}

/// Resolves when the frame comes within one screen of the reader's viewport (at once outside
/// a frame, or where IntersectionObserver is missing).
pub async fn near_viewport() {
    if !in_frame() {
        return;
    }
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let fallback = resolve.clone();
        let callback = Closure::<dyn Fn(js_sys::Array, web_sys::IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let near = entries.iter().any(|e| {
                    e.unchecked_into::<web_sys::IntersectionObserverEntry>()
                        .is_intersecting()
                });
                if near {
                    observer.disconnect();
                    let _ = resolve.call0(&JsValue::NULL);
                }
            },
        );
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("100% 0px 100% 0px");
        match web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        ) {
            Ok(observer) => {
                observer.observe(&body);
                callback.forget();
            }
            Err(_) => {
                let _ = fallback.call0(&JsValue::NULL);
            }
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The page's absolute URL without query or fragment.
fn page_url() -> String {
    web_sys::window()
        .map(|w| {
            let l = w.location();
            format!(
                "{}{}",
                l.origin().unwrap_or_default(),
                l.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// "Open the full map": the same view without embed mode, in a new tab.
#[component]
pub fn FullMapLink() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let href = move || {
        let query = ctx.view.with(|v| {
            url::write(&url::ViewState {
                embed: false,
                look: url::Look::default(),
                ..v.clone()
            })
        });
        if query.is_empty() {
            page_url()
        } else {
            format!("{}?{query}", page_url())
        }
    };
    view! {
        <a class="full-map" data-testid="full-map" href=href target="_blank" rel="noopener">{t.open_full_map}</a>
    }
}

/// The "Embed" button and its panel: iframe code for the current view, a width choice, a live
/// preview and a copy button.
#[component]
pub fn EmbedPanel() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let open = RwSignal::new(false);
    let options = RwSignal::new(Options::default());
    let copied = RwSignal::new(false);
    let title = ctx.loaded.dataset.title.get(t.lang).to_string();
    let view_signal = ctx.view;
    let query = move || {
        let look = options.with(|o| o.look);
        view_signal.with(|v| {
            url::write(&url::ViewState {
                embed: false,
                look,
                ..v.clone()
            })
        })
    };
    let code = {
        let title = title.clone();
        move || options.with(|o| embed_code::for_options(&page_url(), &query(), &title, o))
    };
    let preview_src = move || {
        let q = query();
        if q.is_empty() {
            format!("{}?embed=1", page_url())
        } else {
            format!("{}?{q}&embed=1", page_url())
        }
    };
    let preview_height = || format!("{}px", embed_code::FALLBACK_HEIGHT);
    let preview_width = move || match options.with(|o| o.width) {
        Width::Full => "100%".to_string(),
        Width::Pixels(px) => format!("{px}px"),
    };
    let code_for_copy = code.clone();
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let promise = window.navigator().clipboard().write_text(&code_for_copy());
        leptos::task::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
                copied.set(true);
                set_timeout(
                    move || copied.set(false),
                    std::time::Duration::from_millis(2000),
                );
            }
        });
    };
    let chip = move |c: Choice, label: &'static str| {
        view! {
            <button type="button" class="chip" aria-pressed=move || options.with(|o| c.is_on(o)).to_string() on:click=move |_| options.update(|o| c.choose(o))>{label}</button>
        }
    };
    let row = move |label: &'static str, chips: Vec<(Choice, &'static str)>| {
        view! {
            <div class="chip-row" role="group" aria-label=label>
                {chips.into_iter().map(|(c, l)| chip(c, l)).collect::<Vec<_>>()}
            </div>
        }
    };
    // Closing returns focus to the button that opened the panel, never to the page's body.
    let button = NodeRef::<leptos::html::Button>::new();
    let close = move || {
        open.set(false);
        if let Some(button) = button.get_untracked() {
            super::focus::focus(&button);
        }
    };
    view! {
        <button type="button" class="chip embed-button" data-testid="embed-button" node_ref=button aria-expanded=move || open.get().to_string()
            aria-controls="embed-panel" on:click=move |_| open.update(|o| *o = !*o)>{t.embed}</button>
        {move || {
            let (code, copy, title) = (code.clone(), copy.clone(), title.clone());
            open.get().then(move || view! {
            <section id="embed-panel" class="embed-panel" data-testid="embed-panel" aria-labelledby="embed-title"
                on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { close() }>
                <div class="filters-head">
                    <h2 id="embed-title">{t.embed_title}</h2>
                    <button type="button" class="filters-done" on:click=move |_| close()>{t.filters_close}</button>
                </div>
                <p class="note">{t.embed_help}</p>
                {row(t.embed_width, vec![
                    (Choice::Width(Width::Full), t.embed_full_width),
                    (Choice::Width(Width::Pixels(360)), "360 px"),
                    (Choice::Width(Width::Pixels(600)), "600 px"),
                    (Choice::Width(Width::Pixels(1000)), "1000 px"),
                ])}
                {row(t.embed_theme[0], vec![
                    (Choice::Theme(None), t.embed_theme[1]),
                    (Choice::Theme(Some("light")), t.embed_theme[2]),
                    (Choice::Theme(Some("dark")), t.embed_theme[3]),
                ])}
                {row(t.embed_title, vec![
                    (Choice::Transparent, t.embed_options[0]),
                    (Choice::Plain, t.embed_options[1]),
                    (Choice::Fit, t.embed_options[2]),
                    (Choice::Still, t.embed_options[3]),
                ])}
                {row(t.embed_title, vec![(Choice::Amp(false), "HTML"), (Choice::Amp(true), "AMP")])}
                <label for="embed-code" class="visually-hidden">{t.embed_title}</label>
                <textarea id="embed-code" data-testid="embed-code" readonly rows="5" prop:value=code></textarea>
                <button type="button" class="filters-done copy-code" data-testid="embed-copy" on:click=copy>
                    {move || if copied.get() { t.copied } else { t.embed_copy }}
                </button>
                <div class="embed-preview">
                    <iframe title=title src=preview_src style:width=preview_width style:height=preview_height data-testid="embed-preview"></iframe>
                </div>
            </section>
        })}}
    }
}

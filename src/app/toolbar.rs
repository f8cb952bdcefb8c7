//! The bar over the map: search, status and family chips with counts, "Filters (n)" for the
//! rest, "Copy link", and on phones the Map | List switch.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::embed::EmbedPanel;
use super::state::{Ui, ViewModel};
use super::symbol::FamilySymbol;
use crate::model::Status;
use crate::query::{Facet, Filters};
use crate::words::present;
use crate::words::text::Text;

/// How many choices the full filter panel has ticked (search and time are shown elsewhere).
fn ticked(f: &Filters) -> usize {
    f.categories.len() + f.operators.len() + f.statuses.len() + f.districts.len()
}

/// Most family chips in the bar; the rest are in the filters.
const MAX_FAMILY_CHIPS: usize = 12;

/// Offers the page's address to the device's share sheet where there is one (phones), else
/// copies it and says "Copied" for a moment (also when the sheet fails, but not when the
/// reader closes it).
#[component]
fn CopyLink() -> impl IntoView {
    let t = super::i18n::text();
    let said = RwSignal::new(None::<&'static str>);
    let share = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"share".into()).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    // Phones show the button only where it opens their share sheet.
    let (label, class) = if share.is_some() {
        (t.share, "chip copy-link can-share")
    } else {
        (t.copy_link, "chip copy-link")
    };
    let copy = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let href = window.location().href().unwrap_or_default();
        let navigator = window.navigator();
        let share = share.clone();
        spawn_local(async move {
            if let Some(share) = share {
                let data = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&data, &"url".into(), &href.as_str().into());
                let shared = match share.call1(&navigator, &data) {
                    Ok(promise) => JsFuture::from(js_sys::Promise::from(promise)).await,
                    Err(e) => Err(e),
                };
                let closed = |e: &JsValue| {
                    js_sys::Reflect::get(e, &"name".into()).ok() == Some("AbortError".into())
                };
                match shared {
                    Err(e) if !closed(&e) => {}
                    _ => return,
                }
            }
            let promise = navigator.clipboard().write_text(&href);
            let text = match JsFuture::from(promise).await {
                Ok(_) => t.copied,
                Err(_) => t.copy_failed,
            };
            said.set(Some(text));
            set_timeout(
                move || said.set(None),
                std::time::Duration::from_millis(2000),
            );
        });
    };
    view! {
        <button type="button" class=class data-testid="copy-link" on:click=copy>
            {move || said.get().unwrap_or(label)}
        </button>
        <span class="visually-hidden" role="status">{move || said.get()}</span>
    }
}

/// The toolbar.
#[component]
pub fn Toolbar() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let ui = expect_context::<Ui>();
    let (view_signal, filters, evaluation) = (ctx.view, ctx.filters, ctx.evaluation);
    let placeholder = Text::fill(
        t.search_example,
        "examples",
        present::search_examples(&ctx.loaded.dataset, t.lang),
    );

    let status_chips = [Status::Opened, Status::Planned, Status::Closed]
        .into_iter()
        .map(|status| {
            let name = status.name();
            let c = ctx.clone();
            let count = move || {
                evaluation.with(|e| e.counts_of(Facet::Status).get(status as usize).copied())
            };
            view! {
                <button type="button" class=format!("chip status-chip status-{name}")
                    data-chip-status=name
                    aria-pressed=move || filters.with(|f| f.statuses.contains(&status)).to_string()
                    on:click=move |_| c.update_filters(|f| f.toggle(Facet::Status, name))>
                    <svg class="status-key" viewBox="0 0 20 20" width="14" height="14" aria-hidden="true">
                        <path class=format!("svc-symbol status-{name}") d="M10 3A7 7 0 1 1 9.99 3Z" fill="#4b5563" color="#4b5563"/>
                    </svg>
                    {t.status_names[status]}
                    <span class="count">{count}</span>
                </button>
            }
        })
        .collect_view();

    // The first few families as chips; past them, one chip opens the filters, where every
    // category is (thousands of chips would fill the bar and slow every click).
    let families = ctx.families.len();
    let more = (families > MAX_FAMILY_CHIPS).then(|| {
        let more = Text::fill(t.more_families, "n", families - MAX_FAMILY_CHIPS);
        let open = ui.filters_open;
        view! {
            <button type="button" class="chip" data-testid="more-families" on:click=move |_| open.set(true)>{more}</button>
        }
    });
    let family_chips = ctx
        .families
        .iter()
        .take(MAX_FAMILY_CHIPS)
        .map(|family| {
            let keys: Vec<String> = family
                .categories
                .iter()
                .map(|&i| ctx.loaded.dataset.categories[i].id.clone())
                .collect();
            let positions = family.categories.clone();
            let count = move || {
                evaluation.with(|e| {
                    let counts = e.counts_of(Facet::Category);
                    positions
                        .iter()
                        .map(|&i| counts.get(i).copied().unwrap_or(0))
                        .sum::<usize>()
                })
            };
            let k = keys.clone();
            let pressed = move || filters.with(|f| f.has_all(&k));
            let c = ctx.clone();
            let toggle = move |_| c.update_filters(|f| f.toggle_all(&keys));
            let label = family.label.get(t.lang).to_string();
            let key = family.key.clone().unwrap_or_else(|| label.clone());
            view! {
                <button type="button" class="chip family-chip" data-family=key
                    aria-pressed=move || pressed().to_string() on:click=toggle>
                    <FamilySymbol family=family.clone()/>
                    <span class="chip-label">{label}</span>
                    <span class="count">{count}</span>
                </button>
            }
        })
        .collect_view();

    let filters_open = ui.filters_open;
    let list_mode = ui.list_mode;
    view! {
        <div class="toolbar" data-testid="toolbar" role="search">
            <div class="toolbar-row">
                <label class="visually-hidden" for="search">{t.search_label}</label>
                <input
                    id="search"
                    type="search"
                    data-testid="search"
                    autocomplete="off"
                    placeholder=placeholder
                    prop:value=move || filters.with(|f| f.search.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        view_signal.update(|v| v.filters.search = text);
                    }
                />
                <button type="button" class="chip filters-button" data-testid="filters-button" node_ref=ui.filters_button
                    aria-expanded=move || filters_open.get().to_string() aria-controls="filter-panel"
                    on:click=move |_| filters_open.update(|o| *o = !*o)>
                    {t.filters_button}
                    {move || {
                        let n = filters.with(ticked);
                        (n > 0).then(|| format!(" ({n})"))
                    }}
                </button>
                <div class="view-switch" role="group" aria-label=t.view_switch>
                    <button type="button" class="chip" data-testid="show-map" aria-pressed=move || (!list_mode.get()).to_string() on:click=move |_| list_mode.set(false)>{t.view_map}</button>
                    <button type="button" class="chip" data-testid="show-list" aria-pressed=move || list_mode.get().to_string() on:click=move |_| list_mode.set(true)>{t.view_list}</button>
                </div>
                <CopyLink/>
                <EmbedPanel/>
            </div>
            <div class="chips" role="group" aria-label=t.quick_filters>
                <span class="chip-group" role="group" aria-label=t.status_chip_label>{status_chips}</span>
                <span class="chip-group families" role="group" aria-label=t.family_chips_label>{family_chips}{more}</span>
            </div>
        </div>
    }
}

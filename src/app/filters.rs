//! Search box and filters, each choice with the count it would give under the other filters.

use leptos::prelude::*;

use super::state::{Ctx, Ui};
use super::symbol::Symbol;
use crate::model::Status;
use crate::query::{Facet, Filters, NOT_NAMED};
use crate::text::Text;

fn label(t: &Text, ctx: &Ctx, facet: Facet, key: &str) -> String {
    match facet {
        Facet::Category => ctx
            .loaded
            .dataset
            .category(key)
            .map(|c| c.label.get(t.lang).to_string())
            .unwrap_or_else(|| key.to_string()),
        Facet::Status => Status::from_name(key)
            .map(|s| t.status_names[s as usize].to_string())
            .unwrap_or_default(),
        Facet::Operator if key == NOT_NAMED => t.not_named.to_string(),
        _ => key.to_string(),
    }
}

/// One group of checkboxes.
#[component]
fn FacetGroup(facet: Facet, title: &'static str, slug: &'static str) -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<Ctx>();
    let keys: Vec<String> = ctx.query.choices(facet).to_vec();
    let (filters, evaluation) = (ctx.filters, ctx.evaluation);
    let items = keys
        .into_iter()
        .enumerate()
        .map(|(i, key)| {
            let text = label(t, &ctx, facet, &key);
            let symbol = (facet == Facet::Category)
                .then(|| ctx.loaded.dataset.category(&key).cloned())
                .flatten()
                .map(|c| view! { <Symbol category=c/> });
            let id = format!("f-{slug}-{i}");
            let (k1, k2) = (key.clone(), key.clone());
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=id.clone()
                        data-facet=slug
                        data-key=key.clone()
                        prop:checked=move || filters.with(|f| f.is_chosen(facet, &k1))
                        on:change={
                            let c = ctx.clone();
                            move |_| c.update_filters(|f| f.toggle(facet, &k2))
                        }
                    />
                    <label for=id>
                        {symbol}
                        <span class="choice">{text}</span>
                        <span class="count">{move || evaluation.with(|e| e.counts_of(facet).get(i).copied().unwrap_or(0))}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet" data-testid=format!("facet-{slug}")>
            <legend>{title}</legend>
            <ul>{items}</ul>
        </fieldset>
    }
}

/// Every filter with its counts, and reset. It sits in the page beside the list; "Filters (n)"
/// in the toolbar opens it as a sheet over the map (a bottom sheet on phones).
#[component]
pub fn FilterPanel() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<Ctx>();
    let ui = expect_context::<Ui>();
    let (view_signal, filters) = (ctx.view, ctx.filters);
    let open = ui.filters_open;
    let no_results = {
        let c = ctx.clone();
        move || {
            c.evaluation
                .with(|e| e.visible.is_empty())
                .then(|| view! { <p class="no-results" role="status">{t.no_results}</p> })
        }
    };
    let close = move || {
        open.set(false);
        focus_by_test_id("filters-button");
    };
    // Opened as a sheet, focus moves into it, so Escape and Tab act on it.
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if open.get() {
            if let Some(h) = heading.get_untracked() {
                let options = web_sys::FocusOptions::new();
                options.set_prevent_scroll(true);
                let _ = h.focus_with_options(&options);
            }
        }
    });
    view! {
        <section id="filter-panel" class="filters" class:is-open=move || open.get() data-testid="filters"
            aria-labelledby="filters-title"
            on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" && open.get_untracked() { close() }>
            <div class="filters-head">
                <h2 id="filters-title" tabindex="-1" node_ref=heading>{t.filters_title}</h2>
                <button
                    type="button"
                    class="reset"
                    data-testid="reset"
                    disabled=move || filters.with(Filters::is_empty)
                    on:click=move |_| view_signal.update(|v| v.filters = Filters::default())
                >{t.reset}</button>
                <button type="button" class="filters-done" data-testid="filters-done" on:click=move |_| close()>{t.filters_close}</button>
            </div>
            {no_results}
            <div class="facets">
                <FacetGroup facet=Facet::Category title=t.filter_category slug="category"/>
                <FacetGroup facet=Facet::Status title=t.filter_status slug="status"/>
                <FacetGroup facet=Facet::District title=t.filter_district slug="district"/>
                <details class="facet-more">
                    <summary>{t.filter_operator}</summary>
                    <FacetGroup facet=Facet::Operator title=t.filter_operator slug="operator"/>
                </details>
            </div>
        </section>
    }
}

/// Moves focus to the element with this `data-testid`, if it exists.
pub fn focus_by_test_id(id: &str) {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("[data-testid={id}]"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = element.focus_with_options(&options);
    }
}

//! Search box and filters, each choice with the count it would give under the other filters.

use leptos::prelude::*;

use super::state::Ctx;
use super::symbol::Symbol;
use crate::model::Status;
use crate::query::{Facet, Filters, NOT_NAMED};
use crate::text::{Text, EN};

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
    let t = &EN;
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

/// Search, filters and reset.
#[component]
pub fn FilterPanel() -> impl IntoView {
    let t = &EN;
    let ctx = expect_context::<Ctx>();
    let (view_signal, filters) = (ctx.view, ctx.filters);
    let no_results = {
        let c = ctx.clone();
        move || {
            c.evaluation
                .with(|e| e.visible.is_empty())
                .then(|| view! { <p class="no-results" role="status">{t.no_results}</p> })
        }
    };
    view! {
        <section class="filters" data-testid="filters">
            <h2>{t.filters_title}</h2>
            <label class="search-label" for="search">{t.search_label}</label>
            <input
                id="search"
                type="search"
                data-testid="search"
                autocomplete="off"
                placeholder=t.search_placeholder
                prop:value=move || filters.with(|f| f.search.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    view_signal.update(|v| v.filters.search = text);
                }
            />
            <button
                type="button"
                class="reset"
                data-testid="reset"
                disabled=move || filters.with(Filters::is_empty)
                on:click=move |_| view_signal.update(|v| v.filters = Filters::default())
            >{t.reset}</button>
            {no_results}
            <FacetGroup facet=Facet::Category title=t.filter_category slug="category"/>
            <FacetGroup facet=Facet::Status title=t.filter_status slug="status"/>
            <FacetGroup facet=Facet::District title=t.filter_district slug="district"/>
            <details class="facet-more">
                <summary>{t.filter_operator}</summary>
                <FacetGroup facet=Facet::Operator title=t.filter_operator slug="operator"/>
            </details>
        </section>
    }
}

//! Search box and filters, each choice with the count it would give under the other filters.

use std::collections::BTreeSet;

use leptos::prelude::*;

use super::state::Ctx;
use super::symbol::Symbol;
use crate::model::Status;
use crate::query::{Facet, Filters, NOT_NAMED};
use crate::text::{Text, EN};

fn is_chosen(filters: &Filters, facet: Facet, key: &str) -> bool {
    match facet {
        Facet::Category => filters.categories.contains(key),
        Facet::Operator => filters.operators.contains(key),
        Facet::District => filters.districts.contains(key),
        Facet::Status => Status::from_name(key).is_some_and(|s| filters.statuses.contains(&s)),
    }
}

fn toggle(filters: &mut Filters, facet: Facet, key: &str) {
    fn flip<T: Ord>(set: &mut BTreeSet<T>, value: T) {
        if !set.remove(&value) {
            set.insert(value);
        }
    }
    match facet {
        Facet::Category => flip(&mut filters.categories, key.to_string()),
        Facet::Operator => flip(&mut filters.operators, key.to_string()),
        Facet::District => flip(&mut filters.districts, key.to_string()),
        Facet::Status => {
            if let Some(s) = Status::from_name(key) {
                flip(&mut filters.statuses, s);
            }
        }
    }
}

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
    let c = ctx.clone();
    let counts = Memo::new(move |_| {
        c.view
            .with(|v| c.query.counts(&c.loaded.dataset, &v.filters, facet))
    });
    let keys: Vec<String> = counts.get_untracked().into_iter().map(|(k, _)| k).collect();
    let view_signal = ctx.view;
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
                        prop:checked=move || view_signal.with(|v| is_chosen(&v.filters, facet, &k1))
                        on:change=move |_| view_signal.update(|v| toggle(&mut v.filters, facet, &k2))
                    />
                    <label for=id>
                        {symbol}
                        <span class="choice">{text}</span>
                        <span class="count">{move || counts.with(|c| c.get(i).map(|x| x.1).unwrap_or(0))}</span>
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
    let view_signal = ctx.view;
    let no_results = {
        let c = ctx.clone();
        move || {
            c.visible
                .with(Vec::is_empty)
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
                prop:value=move || view_signal.with(|v| v.filters.search.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    view_signal.update(|v| v.filters.search = text);
                }
            />
            <button
                type="button"
                class="reset"
                data-testid="reset"
                disabled=move || view_signal.with(|v| v.filters.is_empty())
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

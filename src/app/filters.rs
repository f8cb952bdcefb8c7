//! Search box and filters, each choice with the count it would give under the other filters.

use leptos::prelude::*;

use std::sync::Arc;

use super::state::{Ui, ViewModel};
use super::symbol::Symbol;
use crate::model::Status;
use crate::query::search::fold;
use crate::query::{facet, Facet, Filters, NOT_NAMED};
use crate::words::text::Text;

fn label(t: &Text, ctx: &ViewModel, facet: Facet, key: &str) -> String {
    match facet {
        Facet::Category => ctx
            .loaded
            .dataset
            .category(key)
            .map(|c| c.label.get(t.lang).to_string())
            .unwrap_or_else(|| key.to_string()),
        Facet::Status => Status::from_name(key)
            .map(|s| t.status_names[s].to_string())
            .unwrap_or_default(),
        Facet::Operator if key == NOT_NAMED => t.not_named.to_string(),
        Facet::District => ctx.loaded.dataset.place_name(key, t.lang).to_string(),
        _ => key.to_string(),
    }
}

/// One group of checkboxes. A long group (many operators, say) draws only its chosen choices
/// and a page of the others ([`facet::shown`]), with "Show more" and a search inside it, so
/// a filter change updates a bounded number of rows whatever the number of choices.
#[component]
fn FacetGroup(facet: Facet, title: &'static str, slug: &'static str) -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let keys: Arc<Vec<String>> = Arc::new(ctx.query.choices(facet).to_vec());
    let labels: Arc<Vec<String>> =
        Arc::new(keys.iter().map(|k| label(t, &ctx, facet, k)).collect());
    let (filters, evaluation) = (ctx.filters, ctx.evaluation);
    let long = keys.len() > facet::FIRST_PAGE;
    let limit = RwSignal::new(facet::FIRST_PAGE);
    let search = RwSignal::new(String::new());
    let shown = {
        let (keys, labels) = (Arc::clone(&keys), Arc::clone(&labels));
        let folded: Vec<String> = if long {
            labels.iter().map(|l| fold(l)).collect()
        } else {
            Vec::new()
        };
        Memo::new(move |_| {
            if !long {
                return ((0..keys.len()).collect::<Vec<_>>(), 0);
            }
            let query = fold(&search.get());
            filters.with(|f| {
                facet::shown(
                    &folded,
                    &query,
                    |i| f.is_chosen(facet, &keys[i]),
                    limit.get(),
                )
            })
        })
    };
    let chosen = {
        let keys = Arc::clone(&keys);
        move |i: usize| filters.with(|f| f.is_chosen(facet, &keys[i]))
    };
    let row = {
        let ctx = ctx.clone();
        move |i: usize| {
            let key = keys[i].clone();
            let text = labels[i].clone();
            let symbol = (facet == Facet::Category)
                .then(|| ctx.loaded.dataset.category(&key).cloned())
                .flatten()
                .map(|c| view! { <Symbol category=c/> });
            let id = format!("f-{slug}-{i}");
            let (k1, k2) = (key.clone(), key.clone());
            let c = ctx.clone();
            view! {
                <li>
                    <input
                        type="checkbox"
                        id=id.clone()
                        data-facet=slug
                        data-key=key
                        prop:checked=move || filters.with(|f| f.is_chosen(facet, &k1))
                        on:change=move |_| c.update_filters(|f| f.toggle(facet, &k2))
                    />
                    <label for=id>
                        {symbol}
                        <span class="choice">{text}</span>
                        <span class="count">{move || evaluation.with(|e| e.counts_of(facet).get(i).copied().unwrap_or(0))}</span>
                    </label>
                </li>
            }
        }
    };
    let find = long.then(|| {
        view! {
            <input type="search" class="facet-find" data-testid=format!("facet-find-{slug}")
                placeholder=t.facet_find aria-label=format!("{title}: {}", t.facet_find)
                prop:value=move || search.get()
                on:input=move |ev| {
                    search.set(event_target_value(&ev));
                    limit.set(facet::FIRST_PAGE);
                }/>
        }
    });
    let more = move || {
        let (rows, hidden) = shown.get();
        view! {
            {(long && hidden == 0 && rows.iter().all(|&i| chosen(i)) && !search.with(|s| s.trim().is_empty()))
                .then(|| view! { <p class="note" role="status">{t.facet_no_match}</p> })}
            {(hidden > 0).then(|| view! {
                <button type="button" class="chip facet-more-button" data-testid=format!("facet-more-{slug}")
                    on:click=move |_| limit.update(|l| *l += facet::PAGE)>
                    {Text::fill(t.facet_more, "n", hidden)}
                </button>
            })}
        }
    };
    view! {
        <fieldset class="facet" data-testid=format!("facet-{slug}")>
            <legend>{title}</legend>
            {find}
            <ul>
                <For each=move || shown.get().0 key=|i| *i children=row/>
            </ul>
            {more}
        </fieldset>
    }
}

/// Every filter with its counts, and reset. It sits in the page beside the list; "Filters (n)"
/// in the toolbar opens it as a sheet over the map (a bottom sheet on phones).
#[component]
pub fn FilterPanel() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
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
        if let Some(button) = ui.filters_button.get_untracked() {
            super::focus::focus(&button);
        }
    };
    // Opened as a sheet, focus moves into it, so Escape and Tab act on it.
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if open.get() {
            if let Some(h) = heading.get_untracked() {
                super::focus::focus(&h);
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

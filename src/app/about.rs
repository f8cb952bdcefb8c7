//! About the data: as-of date, licence, context figures, and records not on the map.

use leptos::prelude::*;

use super::state::ViewModel;
use crate::words::present;

/// Records without coordinates, listed so they are not silently missing.
#[component]
pub fn Unmapped() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let loaded = ctx.loaded.clone();
    let selected = ctx.view;
    let unmapped: Vec<(String, String)> = loaded
        .dataset
        .records
        .iter()
        .filter(|r| r.location.coordinates().is_none())
        .map(|r| {
            (
                r.id.clone(),
                format!(
                    "{} ({})",
                    r.name.get(t.lang),
                    loaded.dataset.place_name(&r.location.town, t.lang)
                ),
            )
        })
        .collect();
    (!unmapped.is_empty()).then(|| {
        let summary = t.count(t.not_mapped, unmapped.len());
        view! {
            <details class="unmapped" data-testid="unmapped">
                <summary>{summary}</summary>
                <ul>
                    {unmapped.into_iter().map(|(id, label)| view! {
                        <li><button type="button" class="link" on:click=move |_| selected.update(|v| v.selected = Some(id.clone()))>{label}</button></li>
                    }).collect_view()}
                </ul>
            </details>
        }
    })
}

/// The dataset's date, licence and where it comes from.
#[component]
pub fn About() -> impl IntoView {
    let t = super::i18n::text();
    let loaded = expect_context::<ViewModel>().loaded;
    let dataset = &loaded.dataset;
    let licence = dataset.licence.clone();
    view! {
        <div class="about-meta">
            <p class="meta">
                {t.as_of}" "<span data-testid="as-of">{present::date(t, &dataset.as_of)}</span>". "
                {t.licence}": "
                {match licence.url {
                    Some(url) => view! { <a href=url target="_blank" rel="noopener noreferrer">{licence.name}</a> }.into_any(),
                    None => view! { <span>{licence.name}</span> }.into_any(),
                }}
            </p>
        </div>
    }
}

//! About the data: as-of date, licence, context figures, and records not on the map.

use std::sync::Arc;

use leptos::prelude::*;

use crate::model::Loaded;
use crate::present;
use crate::text::{Text, EN};

/// Records without coordinates, listed so they are not silently missing.
#[component]
pub fn Unmapped(loaded: Arc<Loaded>, selected: RwSignal<Option<String>>) -> impl IntoView {
    let t = &EN;
    let unmapped: Vec<(String, String)> = loaded
        .dataset
        .records
        .iter()
        .filter(|r| r.location.coordinates().is_none())
        .map(|r| {
            (
                r.id.clone(),
                format!("{} ({})", r.name.get(t.lang), r.location.town),
            )
        })
        .collect();
    (!unmapped.is_empty()).then(|| {
        let summary = Text::fill(t.not_mapped, "n", unmapped.len());
        view! {
            <details class="unmapped" data-testid="unmapped">
                <summary>{summary}</summary>
                <ul>
                    {unmapped.into_iter().map(|(id, label)| view! {
                        <li><button type="button" class="link" on:click=move |_| selected.set(Some(id.clone()))>{label}</button></li>
                    }).collect_view()}
                </ul>
            </details>
        }
    })
}

/// The dataset's metadata and context figures.
#[component]
pub fn About(loaded: Arc<Loaded>) -> impl IntoView {
    let t = &EN;
    let dataset = &loaded.dataset;
    let figures = dataset
        .context
        .iter()
        .map(|c| {
            let value = match (c.value, c.date) {
                (Some(v), _) => present::figure(v, c.unit.as_deref()),
                (None, Some(d)) => present::date(t, &d),
                (None, None) => String::new(),
            };
            let source = c.sources.first().cloned();
            view! {
                <li>
                    <strong class="figure">{value}</strong>" "
                    <span>{c.label.get(t.lang).to_string()}</span>
                    {c.note.clone().map(|n| view! { " "<span class="note">{n}</span> })}
                    {source.map(|s| match s.url {
                        Some(url) => view! { " ("<a href=url target="_blank" rel="noopener noreferrer">{s.outlet}</a>")" }.into_any(),
                        None => view! { " ("{s.outlet}")" }.into_any(),
                    })}
                </li>
            }
        })
        .collect_view();
    let licence = dataset.licence.clone();
    view! {
        <section class="about" aria-labelledby="context-title">
            <h2 id="context-title">{t.context_title}</h2>
            <ul class="context" data-testid="context">{figures}</ul>
            <p class="meta">
                {t.as_of}" "<span data-testid="as-of">{present::date(t, &dataset.as_of)}</span>". "
                {t.licence}": "
                {match licence.url {
                    Some(url) => view! { <a href=url target="_blank" rel="noopener noreferrer">{licence.name}</a> }.into_any(),
                    None => view! { <span>{licence.name}</span> }.into_any(),
                }}
            </p>
        </section>
    }
}

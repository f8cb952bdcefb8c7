//! The legend: every category's symbol, name and how many records it has on the map.

use std::sync::Arc;

use leptos::prelude::*;

use super::symbol::Symbol;
use crate::model::Loaded;
use crate::text::EN;

/// The map legend.
#[component]
pub fn Legend(loaded: Arc<Loaded>) -> impl IntoView {
    let t = &EN;
    let dataset = &loaded.dataset;
    let rows = dataset
        .categories
        .iter()
        .map(|c| {
            let count = dataset
                .mapped_records()
                .filter(|r| r.category == c.id)
                .count();
            let label = c.label.get(t.lang).to_string();
            view! {
                <li data-category=c.id.clone()>
                    <Symbol category=c.clone()/>
                    <span class="legend-label">{label}</span>
                    <span class="legend-count">{count}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="legend" aria-labelledby="legend-title" data-testid="legend">
            <h2 id="legend-title">{t.legend_title}</h2>
            <ul>{rows}</ul>
        </section>
    }
}

//! The legend: every category's symbol, name and how many visible records it has.

use leptos::prelude::*;

use super::state::Ctx;
use super::symbol::Symbol;
use crate::text::EN;

/// The map legend.
#[component]
pub fn Legend() -> impl IntoView {
    let t = &EN;
    let ctx = expect_context::<Ctx>();
    let loaded = std::sync::Arc::clone(&ctx.loaded);
    let dataset = &loaded.dataset;
    let counts = ctx.by_category;
    let rows = dataset
        .categories
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let label = c.label.get(t.lang).to_string();
            view! {
                <li data-category=c.id.clone()>
                    <Symbol category=c.clone()/>
                    <span class="legend-label">{label}</span>
                    <span class="legend-count">{move || counts.with(|n| n.get(i).copied().unwrap_or(0))}</span>
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

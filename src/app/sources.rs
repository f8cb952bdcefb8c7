//! The Sources view: every outlet the dataset cites, with how many records rest on it, each
//! opening to its records (a click selects one on the map and in the list).

use leptos::prelude::*;

use super::state::Ctx;
use crate::query::sources::outlets;

/// Every cited outlet, most-cited first.
#[component]
pub fn SourcesPanel() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<Ctx>();
    let view_signal = ctx.view;
    let dataset = &ctx.loaded.dataset;
    let items = outlets(dataset)
        .into_iter()
        .map(|outlet| {
            let count = t.count(t.sources_records, outlet.records.len());
            let records = outlet
                .records
                .iter()
                .map(|&i| {
                    let r = &dataset.records[i];
                    let id = r.id.clone();
                    let label = format!("{} ({})", r.name.get(t.lang), r.location.town);
                    view! {
                        <li><button type="button" class="link" data-record-id=id.clone()
                            on:click=move |_| view_signal.update(|v| v.selected = Some(id.clone()))>{label}</button></li>
                    }
                })
                .collect_view();
            view! {
                <li>
                    <details data-outlet=outlet.name.clone()>
                        <summary><span class="outlet">{outlet.name.clone()}</span>" — "<span class="count">{count}</span></summary>
                        <ul>{records}</ul>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="sources-view" aria-labelledby="sources-title" data-testid="sources">
            <h2 id="sources-title">{t.sources_title}</h2>
            <p class="note">{t.sources_intro}</p>
            <ul class="outlets">{items}</ul>
        </section>
    }
}

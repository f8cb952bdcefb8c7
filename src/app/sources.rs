//! The Sources view: every outlet the dataset cites, with how many records rest on it, each
//! opening to its records (a click selects one on the map and in the list).
//!
//! An outlet's records are built only when its entry is first opened, and then the first
//! [`FIRST_SHOWN`] of them: a dataset whose 10,000 records each cite their own outlet (or one
//! outlet) would otherwise put 20,000 nodes in the page before anyone asks for them.

use leptos::prelude::*;

use super::state::ViewModel;
use crate::query::sources::{outlets, Outlet};

/// How many of an outlet's records are listed when it is opened; a button lists the rest.
const FIRST_SHOWN: usize = 100;

/// One outlet: its name and count, and, once opened, its records.
#[component]
fn OutletEntry(outlet: Outlet) -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let view_signal = ctx.view;
    let opened = RwSignal::new(false);
    let all = RwSignal::new(false);
    let count = t.count(t.sources_records, outlet.records.len());
    let Outlet { name, records } = outlet;
    let total = records.len();
    let list = move || {
        let dataset = &ctx.loaded.dataset;
        let shown = if all.get() {
            total
        } else {
            total.min(FIRST_SHOWN)
        };
        let items = records[..shown]
            .iter()
            .map(|&i| {
                let r = &dataset.records[i];
                let id = r.id.clone();
                let label = format!("{} ({})", r.name.get(t.lang), dataset.place_name(&r.location.town, t.lang));
                view! {
                    <li><button type="button" class="link" data-record-id=id.clone()
                        on:click=move |_| view_signal.update(|v| v.selected = Some(id.clone()))>{label}</button></li>
                }
            })
            .collect_view();
        let rest = total - shown;
        view! {
            <ul>{items}</ul>
            {(rest > 0).then(|| view! {
                <button type="button" class="link show-rest" data-testid="outlet-show-rest"
                    on:click=move |_| all.set(true)>{crate::words::text::Text::fill(t.show_rest_records, "n", t.number(rest))}</button>
            })}
        }
    };
    view! {
        <li>
            <details data-outlet=name.clone() on:toggle=move |_| opened.set(true)>
                <summary><span class="outlet">{name.clone()}</span>" — "<span class="count">{count}</span></summary>
                {move || opened.get().then(list.clone())}
            </details>
        </li>
    }
}

/// Every cited outlet, most-cited first.
#[component]
pub fn SourcesPanel() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let items = outlets(&ctx.loaded.dataset)
        .into_iter()
        .map(|outlet| view! { <OutletEntry outlet=outlet/> })
        .collect_view();
    view! {
        <section class="sources-view" aria-labelledby="sources-title" data-testid="sources">
            <h2 id="sources-title">{t.sources_title}</h2>
            <p class="note">{t.sources_intro}</p>
            <ul class="outlets">{items}</ul>
        </section>
    }
}

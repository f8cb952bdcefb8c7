//! The legend, over a corner of the map: each family's symbol and name, how status is drawn
//! (filled, outline, crossed: not by colour alone), and how to read a cluster. A family's
//! name shows only that family (again: all); its second button adds or removes it, as its
//! chip does. Both follow the filters, so legend, chips and link stay in step.

use leptos::prelude::*;

use super::state::ViewModel;
use super::symbol::FamilySymbol;
use crate::geometry::symbols;
use crate::model::Status;
use crate::words::text::Text;

/// The map legend. Open by default where there is room for it.
#[component]
pub fn Legend() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let opened_on_paper = expect_context::<super::state::Ui>().legend;
    let filters = ctx.filters;
    let rows = ctx
        .families
        .iter()
        .cloned()
        .map(|family| {
            let label = family.label.get(t.lang).to_string();
            let keys: Vec<String> = family
                .categories
                .iter()
                .map(|&i| ctx.loaded.dataset.categories[i].id.clone())
                .collect();
            let ids = keys.join(" ");
            let keys = std::sync::Arc::new(keys);
            let k = keys.clone();
            let shown = Memo::new(move |_| filters.with(|f| f.has_all(&k)));
            let (c, k) = (ctx.clone(), keys.clone());
            let only = move |_| c.update_filters(|f| f.isolate(&k));
            let c = ctx.clone();
            let add = move |_| c.update_filters(|f| f.toggle_all(&keys));
            view! {
                <li data-categories=ids>
                    <button type="button" class="legend-only" aria-pressed=move || shown.get().to_string()
                        title=Text::fill(t.legend_only, "family", &label) on:click=only>
                        <FamilySymbol family=family/>
                        <span class="legend-label">{label.clone()}</span>
                    </button>
                    <button type="button" class="legend-add" aria-label=Text::fill(t.legend_add, "family", &label)
                        aria-pressed=move || shown.get().to_string() on:click=add>
                        {move || if shown.get() { "−" } else { "+" }}
                    </button>
                </li>
            }
        })
        .collect_view();
    let statuses = [Status::Opened, Status::Planned, Status::Closed]
        .into_iter()
        .map(|status| {
            let name = status.name();
            let cross = (status == Status::Closed)
                .then(|| view! { <path class="status-cross" d=symbols::CROSS fill="none"/> });
            view! {
                <li data-status=name>
                    <svg class="symbol" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
                        <path class=format!("svc-symbol status-{name}") d="M10 2.5A7.5 7.5 0 1 1 9.99 2.5Z" fill="#4b5563" color="#4b5563"/>
                        {cross}
                    </svg>
                    <span class="legend-label">{t.legend_status_names[status]}</span>
                </li>
            }
        })
        .collect_view();
    // Open where there is room, and always on a still picture (`static=1`).
    let open =
        super::media::matches(super::media::WIDE) || ctx.view.with_untracked(|v| v.look.still);
    view! {
        <details class="legend" data-testid="legend" open=open node_ref=opened_on_paper>
            <summary>{t.legend_title}</summary>
            <ul class="legend-families">{rows}</ul>
            <ul class="legend-statuses" aria-label=t.legend_status>{statuses}</ul>
            <p class="legend-cluster">{t.legend_cluster}</p>
        </details>
    }
}

//! What goes on paper: the active filters and time written out, and every visible record with
//! its sources (the on-screen list is windowed, so it cannot be printed as it is). Made only
//! while printing (`beforeprint` … `afterprint`), so a large dataset costs nothing otherwise.

use leptos::prelude::*;

use super::state::ViewModel;
use crate::query::{table, Facet};
use crate::words::present;

/// The print-only summary of filters and the full list of visible records.
#[component]
pub fn PrintSheet() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let printing = RwSignal::new(false);
    let before = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(true));
    let after = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    // Open the legend on paper.
    Effect::new(move |_| {
        if printing.get() {
            if let Some(legend) = expect_context::<super::state::Ui>().legend.get_untracked() {
                let _ = legend.set_attribute("open", "");
            }
        }
    });
    move || {
        if !printing.get() {
            return None;
        }
        let dataset = &ctx.loaded.dataset;
        let (from, to) = ctx.range.get();
        let filters = ctx.filters.get();
        let mut lines: Vec<String> = Vec::new();
        let chosen = |facet: Facet| -> Vec<String> {
            ctx.query
                .choices(facet)
                .iter()
                .filter(|k| filters.is_chosen(facet, k))
                .map(|k| match facet {
                    Facet::Category => dataset
                        .category(k)
                        .map(|c| c.label.get(t.lang).to_string())
                        .unwrap_or_else(|| k.clone()),
                    Facet::Status => crate::model::Status::from_name(k)
                        .map(|s| t.status_names[s].to_string())
                        .unwrap_or_default(),
                    Facet::District => dataset.place_name(k, t.lang).to_string(),
                    _ => k.clone(),
                })
                .collect()
        };
        for (facet, title) in [
            (Facet::Category, t.filter_category),
            (Facet::Status, t.filter_status),
            (Facet::District, t.filter_district),
            (Facet::Operator, t.filter_operator),
        ] {
            let picked = chosen(facet);
            if !picked.is_empty() {
                lines.push(format!("{title}: {}", picked.join(", ")));
            }
        }
        if !filters.search.trim().is_empty() {
            lines.push(format!("{}: “{}”", t.search_label, filters.search.trim()));
        }
        let from_text = filters
            .from
            .map(|_| format!("{} {} · ", t.from, present::date(t, &from.as_date())))
            .unwrap_or_default();
        lines.push(format!(
            "{from_text}{} {}",
            t.to,
            present::date(t, &to.as_date())
        ));
        // Every visible record in the list's first order (by date), each with the
        // status it has at the month shown and that change's date.
        let rows = ctx.evaluation.with(|e| {
            table::rows(
                dataset,
                &ctx.query,
                &e.visible,
                to,
                (table::Column::Date, true),
                &filters.search,
                t.lang,
            )
        });
        let records = rows
            .into_iter()
            .map(|row| {
                let r = &dataset.records[row.index];
                let status = row.status.map(|s| t.status_names[s]).unwrap_or(t.not_yet);
                let date = row
                    .date
                    .map(|d| present::date(t, &d))
                    .unwrap_or_else(|| t.date_unknown.to_string());
                let sources = r
                    .sources
                    .iter()
                    .map(|s| {
                        let mut text = s.outlet.clone();
                        if let Some(title) = &s.title {
                            text.push_str(&format!(": {title}"));
                        }
                        if let Some(url) = &s.url {
                            text.push_str(&format!(" <{url}>"));
                        }
                        text
                    })
                    .collect::<Vec<_>>()
                    .join("; ");
                let place = dataset.place_name(&r.location.town, t.lang);
                view! {
                    <li>
                        <strong>{r.name.get(t.lang).to_string()}</strong>
                        {format!(" — {place}, {status} ({date}). {}: {sources}", t.sources)}
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <section class="print-sheet" data-testid="print-sheet">
                <h2>{t.filters_title}</h2>
                <ul class="print-filters">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                <h2>{t.list_title}</h2>
                <ol class="print-records">{records}</ol>
            </section>
        })
    }
}

//! The live summary sentence and the counts for the current view.

use leptos::prelude::*;

use super::state::ViewModel;
use crate::model::Status;
use crate::words::present;
use crate::words::summary::sentence;

/// "12 services open, 5 planned, in 6 towns, as of Mar 2021." — announced politely.
#[component]
pub fn Summary() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let text = move || {
        let since = ctx.filters.with(|f| f.from.map(|_| ctx.range.get().0));
        sentence(t, &ctx.summary.get(), ctx.at.get(), since)
    };
    // Shown at once; announced once the reader pauses (not once per keystroke in the search).
    let spoken = RwSignal::new(String::new());
    let pending = StoredValue::new_local(None::<leptos::prelude::TimeoutHandle>);
    Effect::new(move |_| {
        let now = text();
        pending.update_value(|p| {
            if let Some(handle) = p.take() {
                handle.clear();
            }
        });
        if let Ok(handle) = set_timeout_with_handle(
            move || spoken.set(now),
            std::time::Duration::from_millis(800),
        ) {
            pending.set_value(Some(handle));
        }
    });
    view! {
        <p class="summary" data-testid="summary">{text}</p>
        <p class="visually-hidden" role="status" aria-live="polite" data-testid="summary-live">{move || spoken.get()}</p>
    }
}

/// Counts by status and category for what is visible, and the context figures.
#[component]
pub fn StatsPanel() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let c = ctx.clone();
    // Every visible record, the notes-only matches of a search included, as the category
    // table below and the list count them (the headline sets those apart).
    let status_rows = move || {
        let at = c.at.get();
        let s = c.evaluation.with(|e| c.query.summarize(&e.visible, at));
        [(Status::Opened, s.opened), (Status::Planned, s.planned), (Status::Closed, s.closed)]
            .into_iter()
            .map(|(status, n)| view! { <tr data-status=status.name()><th scope="row">{t.status_names[status]}</th><td>{n}</td></tr> })
            .collect_view()
    };
    let c = ctx.clone();
    let category_rows = move || {
        let counts = c.by_category.get();
        c.loaded
            .dataset
            .categories
            .iter()
            .zip(counts)
            .filter(|(_, n)| *n > 0)
            .map(|(category, n)| {
                let label = category.label.get(t.lang).to_string();
                let id = category.id.clone();
                view! { <tr data-category=id><th scope="row">{label}</th><td>{n}</td></tr> }
            })
            .collect_view()
    };
    let figures = ctx
        .loaded
        .dataset
        .context
        .iter()
        .map(|c| {
            let value = match (c.value, c.date) {
                (Some(v), _) => present::figure(t, v, c.unit.as_deref()),
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
    view! {
        <section class="stats" aria-labelledby="stats-title" data-testid="stats">
            <h2 id="stats-title">{t.stats_title}</h2>
            <table class="counts">
                <tbody>{status_rows}</tbody>
            </table>
            <table class="counts" data-testid="stats-categories">
                <tbody>{category_rows}</tbody>
            </table>
            <h3>{t.context_title}</h3>
            <ul class="context" data-testid="context">{figures}</ul>
        </section>
    }
}

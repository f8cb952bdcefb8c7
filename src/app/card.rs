//! The detail card of the selected record: what, who, when (with precision), where (with
//! precision), notes and clickable sources.

use leptos::html::H2;
use leptos::prelude::*;

use super::state::ViewModel;
use super::symbol::Symbol;
use crate::model::{Loaded, Record, Source};
use crate::query::timeline::status_at;
use crate::query::Month;
use crate::words::present;

/// The language of the dataset's free text (notes on records, changes and locations), which
/// is not translated: marked so that screen readers read it in its own language.
const NOTES_LANG: &str = "en";

fn source_item(source: Source) -> impl IntoView {
    let t = super::i18n::text();
    let date = source
        .date
        .as_ref()
        .map(|d| format!(", {}", present::date(t, d)));
    let title = source.title.clone().map(|title| format!(": {title}"));
    let outlet = source.outlet.clone();
    view! {
        <li>
            {match source.url.clone() {
                Some(url) => view! {
                    <a href=url target="_blank" rel="noopener noreferrer">{outlet}</a>
                }.into_any(),
                None => view! { <span>{outlet}</span> }.into_any(),
            }}
            {title}
            {date}
        </li>
    }
}

fn card(
    record: Record,
    loaded: &Loaded,
    at: (Month, Month),
    heading: NodeRef<H2>,
    close: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let t = super::i18n::text();
    let category = loaded.dataset.category(&record.category).cloned();
    let category_label = category.as_ref().map(|c| c.label.get(t.lang).to_string());
    // The status at the chosen month; the history below lists every change.
    let current = status_at(&record, at.0, at.1)
        .map(|s| t.status_names[s])
        .unwrap_or(t.not_yet);
    let dataset = &loaded.dataset;
    let town = dataset.place_name(&record.location.town, t.lang);
    let place = match &record.location.district {
        Some(district) if *district != record.location.town => {
            let district = dataset.place_name(district, t.lang);
            crate::words::text::Text::fill(t.card_place_in_district, "town", town)
                .replace("{district}", district)
        }
        _ => town.to_string(),
    };
    let precision = present::location_precision(t, record.location.precision);
    // A temporary event's days, and why it shows as closed once they are past.
    let over = status_at(&record, at.0, at.1) == Some(crate::model::Status::Closed)
        && record.ended().is_some();
    let held = record.held.map(|h| {
        view! {
            <dt>{t.card_held}</dt>
            <dd data-testid="card-held">{present::held(t, &h)}{over.then(|| view! { <span class="note">{t.held_over}</span> })}</dd>
        }
    });
    let history = record
        .status
        .iter()
        .map(|change| {
            let line = present::change(t, change, &loaded.dataset.as_of);
            let note = change
                .note
                .clone()
                .map(|n| view! { <span class="note" lang=NOTES_LANG>{n}</span> });
            view! { <li>{line}{note}</li> }
        })
        .collect_view();
    view! {
        <article class="card" data-testid="record-card" data-record-id=record.id.clone() aria-labelledby="card-title"
            on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { ev.prevent_default(); close() }>
            <button type="button" class="card-close" on:click=move |_| close() aria-label=t.close>"×"</button>
            <h2 id="card-title" tabindex="-1" node_ref=heading>{record.name.get(t.lang).to_string()}</h2>
            <dl>
                <dt>{t.category}</dt>
                <dd>{category.map(|c| view! { <Symbol category=c/> })}" "{category_label}</dd>
                <dt>{t.operator}</dt>
                <dd data-testid="card-operator">{record.operator.clone().unwrap_or_else(|| t.operator_not_named.to_string())}</dd>
                <dt>{t.status}</dt>
                <dd data-testid="card-status">{current}</dd>
                <dt>{t.place}</dt>
                <dd>{place}</dd>
                <dt>{t.location_precision}</dt>
                <dd data-testid="card-precision">{precision}{record.location.note.clone().map(|n| view! { <span class="note" lang=NOTES_LANG>{n}</span> })}</dd>
                {held}
            </dl>
            <h3>{t.history}</h3>
            <ol class="history" data-testid="card-history">{history}</ol>
            {record.notes.clone().map(|notes| view! { <h3>{t.notes}</h3><p class="notes" lang=NOTES_LANG>{notes}</p> })}
            <h3>{t.sources}</h3>
            <ul class="sources" data-testid="card-sources">
                {record.sources.iter().cloned().map(source_item).collect_view()}
            </ul>
            {match loaded.dataset.corrections.as_deref() {
                Some(c) => view! {
                    <p class="correction"><a data-testid="report-correction" href=present::corrections_link(c, &record.id) target="_blank" rel="noopener noreferrer">{t.report_correction}</a></p>
                }.into_any(),
                None => view! { <p class="correction note" data-testid="no-corrections">{t.no_corrections}</p> }.into_any(),
            }}
        </article>
    }
}

/// The card of the selected record, or nothing.
#[component]
pub fn RecordCard() -> impl IntoView {
    let ctx = expect_context::<ViewModel>();
    let heading = NodeRef::<H2>::new();
    let c = ctx.clone();
    let record = Memo::new(move |_| {
        let id = c.selected.get()?;
        c.record(&id).cloned()
    });
    // Where focus was when the card opened, to return it there when the card closes.
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    // Move focus to the card when it opens, so keyboard and screen-reader users land on it,
    // without scrolling the page (the card is drawn over the map).
    Effect::watch(
        move || record.with(|r| r.as_ref().map(|r| r.id.clone())),
        move |id, previous, _| {
            if id.is_some() && previous != Some(id) {
                if previous.is_none_or(Option::is_none) {
                    opener.set_value(super::focus::active_element());
                }
                if let Some(h) = heading.get_untracked() {
                    super::focus::focus(&h);
                }
            }
        },
        true,
    );
    let view_signal = ctx.view;
    // Focus goes back to what opened the card; if that is gone (a sheet that closed), to the
    // record's marker, else to the map.
    let close = move || {
        let marker =
            record.with_untracked(|r| r.as_ref().and_then(|r| super::focus::marker_of(&r.id)));
        view_signal.update(|v| v.selected = None);
        super::focus::return_to(opener.get_value(), marker);
    };
    move || {
        let at = (ctx.at.get(), ctx.query.as_of);
        record
            .get()
            .map(|r| card(r, &ctx.loaded, at, heading, close))
    }
}

//! The accessible table of visible records: sortable, in step with the map selection, and
//! windowed: only the rows in view (plus a margin) are in the DOM, between two spacer rows
//! that keep the scroll bar true. `aria-rowcount` and `aria-rowindex` tell a screen reader
//! where it is in the whole list.

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::state::ViewModel;
use super::symbol::Symbol;
use crate::query::table::{rows, window, Column};
use crate::words::present;

/// Height of one body row in pixels; `style/main.css` fixes `.list tbody tr` to it: one line
/// on wide screens, two stacked lines on phones (the same media query as the CSS).
fn row_px() -> f64 {
    if super::media::matches(super::media::PHONE) {
        64.0
    } else {
        36.0
    }
}
/// Rows kept in the DOM above and below the visible ones.
const MARGIN: usize = 12;

fn focus_row(position: usize) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let selector = format!("#list tr[aria-rowindex=\"{}\"] button", position + 2);
    if let Ok(Some(button)) = document.query_selector(&selector) {
        if let Ok(button) = button.dyn_into::<web_sys::HtmlElement>() {
            // The list scrolls itself (bring_into_view); the page, or a host article, must not.
            super::focus::focus(&button);
        }
    }
}

/// The record list.
#[component]
pub fn RecordList() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let sort = RwSignal::new((Column::Date, true));
    let scroller = NodeRef::<Div>::new();
    let scroll = RwSignal::new((0.0_f64, 480.0_f64));
    let c = ctx.clone();
    let table = Memo::new(move |_| {
        let (column, ascending) = sort.get();
        let at = c.at.get();
        let search = c.filters.with(|f| f.search.clone());
        Arc::new(c.evaluation.with(|e| {
            rows(
                &c.loaded.dataset,
                &c.query,
                &e.visible,
                at,
                (column, ascending),
                &search,
                t.lang,
            )
        }))
    });
    let shown = Memo::new(move |_| {
        let (top, height) = scroll.get();
        window(table.with(|t| t.len()), top, height, row_px(), MARGIN)
    });
    let on_scroll = move |_| {
        if let Some(el) = scroller.get_untracked() {
            scroll.set((f64::from(el.scroll_top()), f64::from(el.client_height())));
        }
    };
    // Scrolls the list (never the page) so the row at `position` is in view, centred.
    let bring_into_view = move |position: usize| {
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let (top, height) = (f64::from(el.scroll_top()), f64::from(el.client_height()));
        let y = position as f64 * row_px();
        if y < top || y + 2.0 * row_px() > top + height {
            el.set_scroll_top((y - height / 2.0).max(0.0) as i32);
            scroll.set((f64::from(el.scroll_top()), height));
        }
    };
    // Keep the selected row in view when the selection changes (from the map, a link, Back).
    let c = ctx.clone();
    Effect::new(move |_| {
        let Some(id) = c.selected.get() else { return };
        let Some(index) = c.index_of(&id) else { return };
        let Some(position) = table.with_untracked(|t| t.iter().position(|r| r.index == index))
        else {
            return;
        };
        bring_into_view(position);
    });
    // Up and Down move between rows, scrolling the window along.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let step: isize = match ev.key().as_str() {
            "ArrowDown" => 1,
            "ArrowUp" => -1,
            _ => return,
        };
        let Some(row) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("tr[aria-rowindex]").ok().flatten())
        else {
            return;
        };
        let Some(position) = row
            .get_attribute("aria-rowindex")
            .and_then(|v| v.parse::<usize>().ok())
            .map(|i| i - 2)
        else {
            return;
        };
        let n = table.with_untracked(|t| t.len());
        let Some(next) = position.checked_add_signed(step).filter(|&p| p < n) else {
            return;
        };
        ev.prevent_default();
        bring_into_view(next);
        // The row may only exist after this change renders.
        request_animation_frame(move || focus_row(next));
    };
    let header = move |column: Column, title: &'static str| {
        let aria = move || {
            let (c, asc) = sort.get();
            if c != column {
                "none"
            } else if asc {
                "ascending"
            } else {
                "descending"
            }
        };
        view! {
            <th scope="col" aria-sort=aria>
                <button type="button" class="sort" data-sort=format!("{column:?}").to_ascii_lowercase()
                    on:click=move |_| sort.update(|(c, asc)| {
                        if *c == column { *asc = !*asc } else { *c = column; *asc = true }
                    })>
                    {title}
                    <span aria-hidden="true" class="arrow">{move || match sort.get() {
                        (c, true) if c == column => "▲",
                        (c, false) if c == column => "▼",
                        _ => "",
                    }}</span>
                </button>
            </th>
        }
    };
    let list_mode = expect_context::<super::state::Ui>().list_mode;
    let c = ctx.clone();
    let body = move || {
        let dataset = &c.loaded.dataset;
        let searching = c.filters.with(|f| !f.search.trim().is_empty());
        let (first, last) = shown.get();
        let rows = table.get();
        // The rows are made anew at every change, selection included, and hold no reactive
        // closure of their own: effects made inside a re-run closure were never freed (about
        // 40 allocations a filter change, found with a counting allocator).
        let chosen = c.selected.get();
        rows[first.min(rows.len())..last.min(rows.len())]
            .iter()
            .enumerate()
            .map(|(k, row)| {
                let r = &dataset.records[row.index];
                let id = r.id.clone();
                let category = dataset.category(&r.category).cloned();
                let category_label = category.as_ref().map(|c| c.label.get(t.lang).to_string());
                let status = row.status.map(|s| t.status_names[s]).unwrap_or_default();
                let date = row.date.map(|d| present::date(t, &d)).unwrap_or_else(|| t.date_unknown.to_string());
                let view_signal = c.view;
                let id2 = id.clone();
                let selected = chosen.as_deref() == Some(id.as_str());
                view! {
                    <tr data-record-id=id.clone() aria-rowindex=(first + k + 2).to_string() class:is-selected=selected class:is-match=searching aria-selected=selected.to_string()>
                        <th scope="row">
                            // Long names are cut with an ellipsis to keep rows one line high: the title shows
                            // the whole name on hover (the accessible name is the whole text anyway).
                            <button type="button" class="link" title=r.name.get(t.lang).to_string() on:click=move |_| open_card(view_signal, list_mode, id2.clone())>
                                {r.name.get(t.lang).to_string()}
                            </button>
                        </th>
                        <td>{category.map(|c| view! { <Symbol category=c/> })}" "{category_label}</td>
                        <td>
                            {dataset.place_name(&r.location.town, t.lang).to_string()}
                            {(row.rank == 2).then(|| view! { " " <span class="mention" data-testid="mentioned-in-notes">{t.mentioned_in_notes}</span> })}
                        </td>
                        <td>{status}</td>
                        <td>{date}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let count = move || table.with(|t| t.len());
    let above = move || format!("{}px", shown.get().0 as f64 * row_px());
    let below = move || {
        format!(
            "{}px",
            (count() - shown.get().1.min(count())) as f64 * row_px()
        )
    };
    view! {
        <section class="list" id="list" tabindex="-1" aria-labelledby="list-title" data-testid="list">
            <h2 id="list-title">{t.list_title}" "<span class="count" data-testid="list-count">{count}</span></h2>
            <div class="table-wrap" node_ref=scroller on:scroll=on_scroll>
                <table aria-rowcount=move || (count() + 1).to_string()>
                    <caption class="visually-hidden">{t.list_title}</caption>
                    <thead>
                        <tr aria-rowindex="1">
                            {header(Column::Name, t.col_name)}
                            {header(Column::Category, t.col_category)}
                            {header(Column::Town, t.col_town)}
                            {header(Column::Status, t.col_status)}
                            {header(Column::Date, t.col_date)}
                        </tr>
                    </thead>
                    <tbody on:keydown=on_key>
                        <tr class="spacer" aria-hidden="true"><td colspan="5" style:height=above></td></tr>
                        {body}
                        <tr class="spacer" aria-hidden="true"><td colspan="5" style:height=below></td></tr>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Opens record `id`'s card, which lives over the map: a phone showing the list switches to
/// the map, and a page scrolled down to the list scrolls back up to it.
fn open_card(
    view_signal: RwSignal<crate::query::url::ViewState>,
    list_mode: RwSignal<bool>,
    id: String,
) {
    list_mode.set(false);
    view_signal.update(|v| v.selected = Some(id));
    request_animation_frame(|| {
        let stage = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(".stage").ok().flatten());
        if let Some(stage) = stage {
            if stage.get_bounding_client_rect().top() < 0.0 {
                stage.scroll_into_view_with_bool(true);
            }
        }
    });
}

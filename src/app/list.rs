//! The accessible table of visible records: sortable, and in step with the map selection.

use leptos::prelude::*;

use super::state::Ctx;
use super::symbol::Symbol;
use crate::present;
use crate::query::table::{rows, Column};
use crate::text::EN;

/// The record list.
#[component]
pub fn RecordList() -> impl IntoView {
    let t = &EN;
    let ctx = expect_context::<Ctx>();
    let sort = RwSignal::new((Column::Date, true));
    let c = ctx.clone();
    let table = Memo::new(move |_| {
        let (column, ascending) = sort.get();
        let at = c.at.get();
        c.visible
            .with(|v| rows(&c.loaded.dataset, v, at, c.query.as_of, column, ascending))
    });
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
                <button type="button" class="sort" data-sort=format!("{column:?}").to_lowercase()
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
    let c = ctx.clone();
    let body = move || {
        let dataset = &c.loaded.dataset;
        let searching = c.view.with(|v| !v.filters.search.trim().is_empty());
        table
            .get()
            .into_iter()
            .map(|row| {
                let r = &dataset.records[row.index];
                let id = r.id.clone();
                let category = dataset.category(&r.category).cloned();
                let category_label = category.as_ref().map(|c| c.label.get(t.lang).to_string());
                let status = row.status.map(|s| t.status_names[s as usize]).unwrap_or_default();
                let date = row.date.map(|d| present::date(t, &d)).unwrap_or_else(|| t.date_unknown.to_string());
                let view_signal = c.view;
                let (id1, id2) = (id.clone(), id.clone());
                let selected = move || view_signal.with(|v| v.selected.as_deref() == Some(id1.as_str()));
                view! {
                    <tr data-record-id=id.clone() class:is-selected=selected.clone() class:is-match=searching aria-selected=move || selected().to_string()>
                        <th scope="row">
                            <button type="button" class="link" on:click=move |_| view_signal.update(|v| v.selected = Some(id2.clone()))>
                                {r.name.get(t.lang).to_string()}
                            </button>
                        </th>
                        <td>{category.map(|c| view! { <Symbol category=c/> })}" "{category_label}</td>
                        <td>{r.location.town.clone()}</td>
                        <td>{status}</td>
                        <td>{date}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let count = move || table.with(Vec::len);
    view! {
        <section class="list" aria-labelledby="list-title" data-testid="list">
            <h2 id="list-title">{t.list_title}" "<span class="count" data-testid="list-count">{count}</span></h2>
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            {header(Column::Name, t.col_name)}
                            {header(Column::Category, t.col_category)}
                            {header(Column::Town, t.col_town)}
                            {header(Column::Status, t.col_status)}
                            {header(Column::Date, t.col_date)}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
}

//! A crowded place's records as a list sheet (phones), opened from its cluster or its name.

use leptos::prelude::*;

use crate::app::state::ViewModel;
use crate::query::mix;
use crate::words::present;

/// On phones, the records of a crowded place as a list sheet: one button per record.
#[component]
pub fn PlaceList() -> impl IntoView {
    let t = crate::app::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let ui = expect_context::<crate::app::state::Ui>();
    let list = ui.place_list;
    // The sheet takes focus as it opens and gives it back to its opener (the place's marker)
    // as it closes, or before a record it lists opens (so that record's card returns there).
    let opener = StoredValue::new_local(None::<web_sys::HtmlElement>);
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |was: Option<(bool, bool)>| {
        let (was_open, focused) = was.unwrap_or_default();
        let open = list.with(Option::is_some);
        if open && !was_open {
            opener.set_value(crate::app::focus::active_element());
        }
        // The heading may be drawn after this first runs: focus it once it is.
        let focused = open
            && (focused
                || heading
                    .get()
                    .inspect(|h| crate::app::focus::focus(h))
                    .is_some());
        (open, focused)
    });
    let close = move || {
        list.set(None);
        crate::app::focus::return_to(opener.get_value(), None);
    };
    move || {
        let members = list.get()?;
        let dataset = &ctx.loaded.dataset;
        let at = ctx.at.get_untracked();
        let town = members
            .first()
            .map(|&i| {
                let town = &dataset.records[i].location.town;
                dataset.place_name(town, t.lang).to_string()
            })
            .unwrap_or_default();
        let title = t.count(t.spider_more, members.len());
        // "Shusha: 17 open, 10 planned": the place's summary at the month shown.
        let statuses = mix::by_status(members.iter().filter_map(|&i| ctx.query.status_at(i, at)));
        let summary = present::status_counts(t, statuses);
        let items = members
            .iter()
            .map(|&i| {
                let r = &dataset.records[i];
                let id = r.id.clone();
                let category = dataset
                    .category(&r.category)
                    .map(|c| c.label.get(t.lang).to_string())
                    .unwrap_or_default();
                let status = ctx
                    .query
                    .status_at(i, at)
                    .map(|s| t.status_names[s])
                    .unwrap_or(t.not_yet);
                let c = ctx.clone();
                view! {
                    <li>
                        <button type="button" class="link" data-record-id=id.clone() on:click=move |_| {
                            close();
                            c.select(Some(id.clone()));
                        }>{r.name.get(t.lang).to_string()}</button>
                        <span class="note">{format!("{category} · {status}")}</span>
                    </li>
                }
            })
            .collect_view();
        let label = title.clone();
        Some(view! {
            <section class="place-list" data-testid="place-list" aria-label=label
                on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { close() }>
                <div class="filters-head">
                    <h2 tabindex="-1" node_ref=heading data-testid="place-summary">{town}": "{summary}</h2>
                    <button type="button" class="filters-done" on:click=move |_| close()>{t.close}</button>
                </div>
                <ul>{items}</ul>
            </section>
        })
    }
}

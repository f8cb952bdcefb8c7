//! "Nothing found for …" over the map when a search leaves no record, with a way to clear it:
//! the list's own message is below the fold on a phone.

use leptos::prelude::*;

use super::state::ViewModel;
use crate::words::text::Text;

/// The notice, shown only while a search matches nothing under the other filters.
#[component]
pub fn NoMatch() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let (filters, evaluation, view) = (ctx.filters, ctx.evaluation, ctx.view);
    move || {
        let search = filters.with(|f| f.search.trim().to_string());
        let empty = evaluation.with(|e| e.visible.is_empty());
        (!search.is_empty() && empty).then(|| {
            view! {
                <div class="no-match" data-testid="no-match">
                    <p>{Text::fill(t.nothing_found, "q", &search)}</p>
                    <button type="button" data-testid="clear-search"
                        on:click=move |_| view.update(|v| v.filters.search.clear())>
                        {t.clear_search}
                    </button>
                </div>
            }
        })
    }
}

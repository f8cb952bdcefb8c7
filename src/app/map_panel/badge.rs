//! The month the map shows, written large over it while a month is chosen.

use leptos::prelude::*;

use crate::app::state::ViewModel;
use crate::words::present;

/// The month the map shows, large over the map while the timeline plays or a month is chosen.
#[component]
pub fn MonthBadge() -> impl IntoView {
    let t = crate::app::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let ui = expect_context::<crate::app::state::Ui>();
    let (filters, at) = (ctx.filters, ctx.at);
    let shown = move || ui.playing.get() || filters.with(|f| f.to.is_some());
    view! {
        <p class="month-badge" data-testid="month-badge" aria-hidden="true" class:is-hidden=move || !shown()>
            {move || present::long_date(t, &at.get().as_date())}
        </p>
    }
}

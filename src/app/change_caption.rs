//! Under the month badge, what changed in the month shown ("Jan 2021: Kapital Bank ATM,
//! Shusha — opened; +2 more"), announced politely as Play steps.

use leptos::prelude::*;

use super::state::{Ui, ViewModel};
use crate::words::summary::change_caption;

/// The caption, shown with the month badge (while playing, or when a month is chosen).
#[component]
pub fn ChangeCaption() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let ui = expect_context::<Ui>();
    let c = ctx.clone();
    let caption = Memo::new(move |_| {
        let shown = ui.playing.get() || c.filters.with(|f| f.to.is_some());
        if !shown {
            return None;
        }
        let at = c.at.get();
        let changed = c.evaluation.with(|e| c.query.changed_in(&e.visible, at));
        change_caption(t, &c.loaded.dataset, &changed, at)
    });
    view! {
        <p class="change-caption" data-testid="change-caption" aria-live="polite"
            class:is-hidden=move || caption.with(Option::is_none)>
            {move || caption.get().unwrap_or_default()}
        </p>
    }
}

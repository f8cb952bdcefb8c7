//! The time range, month-by-month play, and the histogram of openings under the filters.

use std::time::Duration;

use leptos::prelude::*;

use super::state::Ctx;
use crate::present;
use crate::query::{Bound, Month};
use crate::text::{Text, EN};

/// Pause between months while playing.
const STEP: Duration = Duration::from_millis(700);

fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The timeline controls and histogram.
#[component]
pub fn Timeline() -> impl IntoView {
    let t = &EN;
    let ctx = expect_context::<Ctx>();
    let (first, last) = ctx.query.span;
    let months: Vec<Month> = first.through(last).collect();
    let max_index = months.len().saturating_sub(1);
    let view_signal = ctx.view;
    let range = ctx.range;
    let index_of = {
        let months = months.clone();
        move |m: Month| months.iter().position(|x| *x == m).unwrap_or(0)
    };
    let histogram = ctx.histogram;

    let set_month = move |bound: Bound, value: String| {
        let Some(m) = value
            .parse::<usize>()
            .ok()
            .and_then(|i| first.through(last).nth(i))
        else {
            return;
        };
        view_signal.update(|v| v.filters.set_bound(bound, m, (first, last)));
    };

    // Play: step the end of the range month by month, and stop at the last month.
    let playing = RwSignal::new(false);
    let timer = StoredValue::new_local(None::<IntervalHandle>);
    let stop = move || {
        playing.set(false);
        timer.update_value(|h| {
            if let Some(h) = h.take() {
                h.clear();
            }
        });
    };
    let step = move || {
        let (_, to) = range.get_untracked();
        if to >= last {
            stop();
            return;
        }
        view_signal.update(|v| v.filters.set_bound(Bound::To, to.next(), (first, last)));
    };
    let play = move |_| {
        if playing.get_untracked() {
            return stop();
        }
        if range.get_untracked().1 >= last {
            let (from, _) = range.get_untracked();
            view_signal.update(|v| v.filters.to = Some(from));
        }
        playing.set(true);
        if let Ok(handle) = set_interval_with_handle(step, STEP) {
            timer.set_value(Some(handle));
        }
    };
    on_cleanup(stop);
    let reduced = prefers_reduced_motion();

    let from_index = {
        let index_of = index_of.clone();
        move || index_of(range.get().0).to_string()
    };
    let to_index = move || index_of(range.get().1).to_string();
    let bars = move || {
        let h = histogram.get();
        let (from, to) = range.get();
        let max = h.max().max(1) as f64;
        let width = 100.0 / h.months.len().max(1) as f64;
        h.months
            .iter()
            .enumerate()
            .map(|(i, (m, n))| {
                let height = 100.0 * *n as f64 / max;
                let class = if *m >= from && *m <= to {
                    "bar in-range"
                } else {
                    "bar"
                };
                view! {
                    <rect
                        class=class
                        x=format!("{:.3}", i as f64 * width)
                        y=format!("{:.3}", 100.0 - height)
                        width=format!("{:.3}", width * 0.85)
                        height=format!("{:.3}", height)
                        data-month=m.to_string()
                        data-count=n.to_string()
                    >
                        <title>{format!("{}: {n}", present::date(t, &m.as_date()))}</title>
                    </rect>
                }
            })
            .collect_view()
    };
    let extra = move || {
        let h = histogram.get();
        let mut parts: Vec<String> = h
            .year_only
            .iter()
            .map(|(y, n)| format!("{y}: {n} {}", t.year_only))
            .collect();
        if h.undated > 0 {
            parts.push(format!("{} {}", h.undated, t.undated));
        }
        (!parts.is_empty()).then(|| view! { <p class="histogram-extra" data-testid="histogram-extra">{parts.join("; ")}</p> })
    };
    let total = move || histogram.with(|h| h.months.iter().map(|(_, n)| n).sum::<usize>());
    let label = move || format!("{}: {}", t.histogram_label, total());
    let month_text = move |m: Month| present::date(t, &m.as_date());

    view! {
        <section class="timeline" aria-labelledby="timeline-title" data-testid="timeline">
            <h2 id="timeline-title">{t.timeline_title}</h2>
            <svg class="histogram" data-testid="histogram" viewBox="0 0 100 100" preserveAspectRatio="none" role="img" aria-label=label>
                {bars}
            </svg>
            {extra}
            <div class="ranges">
                <label for="time-from">{t.from}" "<output data-testid="from-label">{move || month_text(range.get().0)}</output></label>
                <input id="time-from" type="range" data-testid="time-from" min="0" max=max_index.to_string() step="1"
                    prop:value=from_index
                    aria-valuetext=move || month_text(range.get().0)
                    on:input=move |ev| set_month(Bound::From, event_target_value(&ev))/>
                <label for="time-to">{t.to}" "<output data-testid="to-label">{move || month_text(range.get().1)}</output></label>
                <input id="time-to" type="range" data-testid="time-to" min="0" max=max_index.to_string() step="1"
                    prop:value=to_index
                    aria-valuetext=move || month_text(range.get().1)
                    on:input=move |ev| set_month(Bound::To, event_target_value(&ev))/>
            </div>
            <div class="play">
                {if reduced {
                    view! { <button type="button" data-testid="step" on:click=move |_| step()>{Text::fill("{m} →", "m", t.to)}</button> }.into_any()
                } else {
                    view! {
                        <button type="button" data-testid="play" aria-pressed=move || playing.get().to_string() on:click=play>
                            {move || if playing.get() { t.pause } else { t.play }}
                        </button>
                    }.into_any()
                }}
            </div>
        </section>
    }
}

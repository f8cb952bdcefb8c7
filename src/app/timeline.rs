//! One timeline under the map: a scrubber for the status month (with a second thumb for
//! "since" in range mode), year ticks, the histogram on the same scale stacked by status,
//! and Play with step buttons.
//!
//! The histogram and ticks are laid out in a box inset by half a slider thumb on each side,
//! so month `i` of `n` sits at `i / (n - 1)` of that box, exactly under the thumb's centre.

use std::time::Duration;

use leptos::prelude::*;

use super::state::{Ui, ViewModel};
use crate::model::Status;
use crate::query::timeline::{tick_step, MAX_COLUMNS};
use crate::query::{Bound, Month};
use crate::words::present;
use crate::words::text::Text;

/// Pause between months while playing.
const STEP: Duration = Duration::from_millis(700);

/// Where month `i` of `n` sits along the scale, in percent.
fn at_percent(i: usize, n: usize) -> f64 {
    if n <= 1 {
        50.0
    } else {
        100.0 * i as f64 / (n - 1) as f64
    }
}

/// The timeline.
#[component]
pub fn Timeline() -> impl IntoView {
    let t = super::i18n::text();
    let ctx = expect_context::<ViewModel>();
    let ui = expect_context::<Ui>();
    let (first, last) = ctx.query.span;
    let months: Vec<Month> = first.through(last).collect();
    let n = months.len();
    let max_index = n.saturating_sub(1);
    let view_signal = ctx.view;
    let range = ctx.range;
    // Arithmetic, not a search: a span may hold a hundred thousand months.
    let index_of = move |m: Month| index_of_month(first, m).clamp(0, max_index as i32) as usize;
    let histogram = ctx.histogram;
    let range_mode = RwSignal::new(ctx.filters.with_untracked(|f| f.from.is_some()));

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
    let shift = move |by: i32| {
        let (_, to) = range.get_untracked();
        let i = (index_of_month(first, to) + by).clamp(0, max_index as i32);
        set_month(Bound::To, i.to_string());
    };

    // Play: step the status month forward, and stop at the last month.
    let playing = ui.playing;
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
    // 1×, 2× or 4×: the pause between months is divided by it.
    let speed = RwSignal::new(1u32);
    let start_timer = move || {
        timer.update_value(|h| {
            if let Some(h) = h.take() {
                h.clear();
            }
        });
        if let Ok(handle) = set_interval_with_handle(step, STEP / speed.get_untracked()) {
            timer.set_value(Some(handle));
        }
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
        start_timer();
    };
    let faster = move |_| {
        speed.update(|s| *s = if *s >= 4 { 1 } else { *s * 2 });
        if playing.get_untracked() {
            start_timer();
        }
    };
    on_cleanup(stop);
    let reduced = super::media::matches(super::media::REDUCED_MOTION);

    let from_index = move || index_of(range.get().0).to_string();
    let to_index = move || index_of(range.get().1).to_string();
    // The bars: a few paths (`Histogram::bar_paths`), redrawn when the counts or the range
    // change.
    let bars = move || {
        let (from, to) = range.get();
        histogram
            .with(|h| h.bar_paths(index_of(from)..=index_of(to)))
            .into_iter()
            .map(|(status, inside, d)| {
                view! { <path class=format!("bar-{status}") class:in-range=inside d=d vector-effect="non-scaling-stroke"/> }
            })
            .collect_view()
    };
    // A column per month, for its place and its title (its counts), even without openings.
    // Built once: only the counts follow the filters. Not over a long span (see MAX_COLUMNS).
    let columns = months
        .iter()
        .take(if n <= MAX_COLUMNS { n } else { 0 })
        .enumerate()
        .map(|(i, m)| {
            let date = present::date(t, &m.as_date());
            let counts = move || {
                histogram.with(|h| {
                    let at = |v: &[usize]| v.get(i).copied().unwrap_or(0);
                    let opened = h.months.get(i).map_or(0, |(_, n)| *n);
                    (opened, at(&h.plans), at(&h.closures))
                })
            };
            let title = move || {
                let (opened, plans, closures) = counts();
                format!(
                    "{date}: {opened} {}, {plans} {}, {closures} {}",
                    t.histogram_key[Status::Opened], t.histogram_key[Status::Planned], t.histogram_key[Status::Closed]
                )
            };
            view! {
                <g class="month" data-month=m.to_string()>
                    <title>{title}</title>
                    <rect class="month-hit" x=format!("{:.3}", i as f64 - 0.5) y="0" width="1" height="100" fill="transparent"/>
                </g>
            }
        })
        .collect_view();
    // A tick at every January (every `every` years over a long span), labelled with its year,
    // and at the first month when the first January is far enough away for both labels.
    let every = tick_step(last.year - first.year);
    let ticks = months
        .iter()
        .enumerate()
        .filter(|(i, m)| {
            (m.month == 1 && m.year.rem_euclid(every) == 0) || (*i == 0 && m.month <= 9 && every == 1)
        })
        .map(|(i, m)| {
            let left = format!("{:.4}%", at_percent(i, n));
            view! { <span class="tick" data-month=m.to_string() style:left=left>{m.year.to_string()}</span> }
        })
        .collect_view();
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
    let toggle_range = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        range_mode.set(on);
        if !on {
            view_signal.update(|v| v.filters.from = None);
        }
    };

    view! {
        <section class="timeline" aria-labelledby="timeline-title" data-testid="timeline">
            <h2 id="timeline-title" class="visually-hidden">{t.timeline_title}</h2>
            <div class="timeline-controls">
                <button type="button" class="icon-button" data-testid="step-back" aria-label=t.step_back on:click=move |_| shift(-1)>"◀"</button>
                {if reduced {
                    view! { <button type="button" data-testid="step" on:click=move |_| step()>{Text::fill("{m} →", "m", t.to)}</button> }.into_any()
                } else {
                    view! {
                        <button type="button" class="play-button" data-testid="play" aria-pressed=move || playing.get().to_string() on:click=play>
                            {move || if playing.get() { t.pause } else { t.play }}
                        </button>
                        <button type="button" class="speed-button" data-testid="speed" on:click=faster
                            aria-label=move || format!("{} {}×", t.play_speed, speed.get())>
                            {move || format!("{}×", speed.get())}
                        </button>
                    }.into_any()
                }}
                <button type="button" class="icon-button" data-testid="step-forward" aria-label=t.step_forward on:click=move |_| shift(1)>"▶"</button>
                <label for="time-to" class="to-label">{t.to}" "<output data-testid="to-label">{move || month_text(range.get().1)}</output></label>
                <label class="range-mode">
                    <input type="checkbox" data-testid="range-mode" prop:checked=move || range_mode.get() on:change=toggle_range/>
                    {t.range_mode}
                </label>
                <span class="histogram-key" aria-hidden="true">
                    <span class="key-opened"></span>{t.histogram_key[Status::Opened]}
                    <span class="key-planned"></span>{t.histogram_key[Status::Planned]}
                </span>
            </div>
            <div class="scale">
                <svg class="histogram" data-testid="histogram" viewBox=format!("0 0 {} 100", max_index.max(1)) preserveAspectRatio="none" role="img" aria-label=label>
                    {bars}
                    {columns}
                </svg>
                <div class="ticks" aria-hidden="true">{ticks}</div>
            </div>
            <input id="time-to" class="scrubber" type="range" data-testid="time-to" min="0" max=max_index.to_string() step="1"
                prop:value=to_index
                aria-valuetext=move || month_text(range.get().1)
                on:input=move |ev| set_month(Bound::To, event_target_value(&ev))/>
            <div class="from-row" class:is-hidden=move || !range_mode.get()>
                <label for="time-from">{t.from}" "<output data-testid="from-label">{move || month_text(range.get().0)}</output></label>
                <input id="time-from" class="scrubber" type="range" data-testid="time-from" min="0" max=max_index.to_string() step="1"
                    prop:value=from_index
                    aria-valuetext=move || month_text(range.get().0)
                    on:input=move |ev| set_month(Bound::From, event_target_value(&ev))/>
            </div>
            {extra}
        </section>
    }
}

/// Position of `m` counted from `first`, in months.
fn index_of_month(first: Month, m: Month) -> i32 {
    (m.year - first.year) * 12 + i32::from(m.month) - i32::from(first.month)
}

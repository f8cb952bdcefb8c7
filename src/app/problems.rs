//! Telling readers, in the page, what is wrong with a dataset.

use leptos::prelude::*;

use super::io::FetchError;
use crate::model::{LoadError, Problem};
use crate::words::rules::problem_line;
use crate::words::text::Text;

/// How many problems are listed before "and N more".
const SHOWN: usize = 5;
/// How many more the "and N more" disclosure lists; the data tool lists every one.
const EXPANDED: usize = 100;
/// Longest key or value shown in a problem.
const VALUE_CHARS: usize = 80;

fn problem_list(t: &'static Text, problems: &[Problem]) -> impl IntoView {
    let more = problems.len().saturating_sub(SHOWN);
    let line = |p: &Problem| view! { <li>{problem_line(t, p, VALUE_CHARS)}</li> };
    let rest: Vec<_> = problems
        .iter()
        .skip(SHOWN)
        .take(EXPANDED)
        .map(line)
        .collect();
    let beyond = more.saturating_sub(EXPANDED);
    // Past the first hundred: drawn only when the reader asks (there may be thousands).
    let remaining: Vec<String> = problems
        .iter()
        .skip(SHOWN + EXPANDED)
        .map(|p| problem_line(t, p, VALUE_CHARS))
        .collect();
    let all = RwSignal::new(false);
    view! {
        <ul class="problems" data-testid="problem-list">
            {problems.iter().take(SHOWN).map(line).collect_view()}
        </ul>
        {(more > 0).then(|| view! {
            <details class="more-problems" data-testid="more-problems">
                <summary>{Text::fill(t.and_more, "n", more)}</summary>
                <ul class="problems">{rest}</ul>
                {(beyond > 0).then(move || view! {
                    {move || all.get().then(|| view! {
                        <ul class="problems" data-testid="all-problems">
                            {remaining.iter().map(|p| view! { <li>{p.clone()}</li> }).collect_view()}
                        </ul>
                    })}
                    <p class="note" hidden=move || all.get()>
                        <button type="button" class="chip" data-testid="show-all-problems" on:click=move |_| all.set(true)>
                            {Text::fill(t.show_all_problems, "n", beyond)}
                        </button>
                        " · datatool validate"
                    </p>
                })}
            </details>
        })}
    }
}

/// The reader's sentence for a failed fetch: what happened to which file, in `t`'s language.
pub fn fault_message(t: &Text, error: &FetchError) -> String {
    let url = error.url();
    let with_url = |template: &str| Text::fill(template, "url", url);
    match error {
        FetchError::Offline { .. } => with_url(t.fault_offline),
        FetchError::Network { message, .. } => {
            Text::fill(&with_url(t.fault_network), "message", message)
        }
        FetchError::Timeout { seconds, .. } => {
            Text::fill(&with_url(t.fault_timeout), "seconds", seconds)
        }
        FetchError::Http { status: 404, .. } => with_url(t.fault_not_found),
        FetchError::Http { status, .. } if *status >= 500 => {
            Text::fill(&with_url(t.fault_server), "status", status)
        }
        FetchError::Http { status, .. } => Text::fill(&with_url(t.fault_http), "status", status),
        FetchError::Empty { .. } => with_url(t.fault_empty),
        FetchError::NotJson { content_type, .. } => {
            Text::fill(&with_url(t.fault_not_json), "type", content_type)
        }
        FetchError::Dataset { error, .. } => match error {
            LoadError::Truncated { line } => Text::fill(&with_url(t.fault_truncated), "line", line),
            LoadError::Syntax {
                line,
                column,
                message,
            } => Text::fill(
                &Text::fill(
                    &Text::fill(&with_url(t.fault_syntax), "line", line),
                    "column",
                    column,
                ),
                "message",
                message,
            ),
            LoadError::Invalid(_) => with_url(t.fault_invalid),
        },
    }
}

/// The dataset could not be used at all: which file and why, with the first problems, and
/// Retry (a server that was down or slow may answer now).
#[component]
pub fn LoadFailure(error: FetchError, retry: Callback<()>) -> impl IntoView {
    let t = super::i18n::text();
    let problems = match &error {
        FetchError::Dataset {
            error: LoadError::Invalid(problems),
            ..
        } => problems.clone(),
        _ => Vec::new(),
    };
    let message = fault_message(t, &error);
    view! {
        <section class="load-error" role="alert" data-testid="load-error">
            <h1>{t.load_failed}</h1>
            <p data-testid="load-error-message">{message}</p>
            {(!problems.is_empty()).then(|| view! {
                <p>{t.problems_intro}</p>
                {problem_list(t, &problems)}
            })}
            <button type="button" class="retry" data-testid="retry" on:click=move |_| retry.run(())>{t.retry}</button>
        </section>
    }
}

/// Records the reader should know about, above the map: those left out (`left_out`), or
/// those drawn but worth a check, outside the dataset's area or with damaged text.
#[component]
pub fn DataNotes(problems: Vec<Problem>, left_out: bool) -> impl IntoView {
    let t = super::i18n::text();
    // Only the dataset's own settings (an extent, tiles) refused: no record was left out.
    let settings_only = problems
        .iter()
        .all(|p| p.subject == crate::model::Subject::Dataset);
    let (class, id, intro) = if left_out {
        let intro = if settings_only {
            t.settings_unused_intro
        } else {
            t.left_out_intro
        };
        ("left-out", "data-warnings", intro)
    } else {
        ("left-out flagged", "data-flags", t.flagged_intro)
    };
    (!problems.is_empty()).then(|| {
        view! {
            <section class=class role="status" data-testid=id>
                <p>{intro}</p>
                {problem_list(t, &problems)}
            </section>
        }
    })
}

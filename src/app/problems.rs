//! Telling readers, in the page, what is wrong with a dataset.

use leptos::prelude::*;

use super::io::FetchError;
use crate::model::{LoadError, Problem};
use crate::text::Text;

/// How many problems are listed before "and N more".
const SHOWN: usize = 5;
/// How many more the "and N more" disclosure lists; the data tool lists every one.
const EXPANDED: usize = 100;
/// Longest key or value shown in a problem.
const VALUE_CHARS: usize = 80;

fn problem_list(t: &'static Text, problems: &[Problem]) -> impl IntoView {
    let more = problems.len().saturating_sub(SHOWN);
    let line = |p: &Problem| view! { <li>{p.short(VALUE_CHARS)}</li> };
    let rest: Vec<_> = problems
        .iter()
        .skip(SHOWN)
        .take(EXPANDED)
        .map(line)
        .collect();
    let beyond = more.saturating_sub(EXPANDED);
    view! {
        <ul class="problems" data-testid="problem-list">
            {problems.iter().take(SHOWN).map(line).collect_view()}
        </ul>
        {(more > 0).then(|| view! {
            <details class="more-problems" data-testid="more-problems">
                <summary>{Text::fill(t.and_more, "n", more)}</summary>
                <ul class="problems">{rest}</ul>
                {(beyond > 0).then(|| view! { <p class="note">{Text::fill(t.and_more, "n", beyond)}" (datatool validate)"</p> })}
            </details>
        })}
    }
}

/// The dataset could not be used at all: which file and why, with the first problems.
#[component]
pub fn LoadFailure(error: FetchError) -> impl IntoView {
    let t = super::i18n::text();
    let problems = match &error {
        FetchError::Dataset {
            error: LoadError::Invalid(problems),
            ..
        } => problems.clone(),
        _ => Vec::new(),
    };
    let message = match &error {
        FetchError::Dataset {
            url,
            error: LoadError::Invalid(problems),
        } => format!(
            "{url}: {} problem(s) in the dataset's metadata or categories.",
            problems.len()
        ),
        other => other.to_string(),
    };
    view! {
        <section class="load-error" role="alert" data-testid="load-error">
            <h1>{t.load_failed}</h1>
            <p>{message}</p>
            {(!problems.is_empty()).then(|| view! {
                <p>{t.problems_intro}</p>
                {problem_list(t, &problems)}
            })}
        </section>
    }
}

/// Some records were left out: say so, with the reasons, above the map.
#[component]
pub fn LeftOut(problems: Vec<Problem>) -> impl IntoView {
    let t = super::i18n::text();
    (!problems.is_empty()).then(|| {
        view! {
            <section class="left-out" role="status" data-testid="data-warnings">
                <p>{t.left_out_intro}</p>
                {problem_list(t, &problems)}
            </section>
        }
    })
}

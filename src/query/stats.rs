//! Counts for the current view and the summary sentence read to screen readers.

use std::collections::BTreeSet;

use crate::model::{Dataset, Status};
use crate::present;
use crate::text::Text;

use super::month::Month;
use super::timeline::status_at;

/// How many of the visible records are in each status, and in how many towns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Records open at the month.
    pub opened: usize,
    /// Records planned at the month.
    pub planned: usize,
    /// Records closed at the month.
    pub closed: usize,
    /// Distinct towns among the visible records.
    pub towns: usize,
    /// Visible records a search found only in their notes, counted apart from the rest.
    pub mentioned: usize,
}

/// Summarises `visible` (record indices) at month `at`.
pub fn summarize(dataset: &Dataset, visible: &[usize], at: Month, as_of: Month) -> Summary {
    let mut summary = Summary::default();
    let mut towns = BTreeSet::new();
    for &i in visible {
        let record = &dataset.records[i];
        towns.insert(record.location.town.as_str());
        match status_at(record, at, as_of) {
            Some(Status::Opened) => summary.opened += 1,
            Some(Status::Planned) => summary.planned += 1,
            Some(Status::Closed) => summary.closed += 1,
            None => {}
        }
    }
    summary.towns = towns.len();
    summary
}

/// Visible records per category, in legend order.
pub fn by_category(dataset: &Dataset, visible: &[usize]) -> Vec<(String, usize)> {
    dataset
        .categories
        .iter()
        .map(|c| {
            let n = visible
                .iter()
                .filter(|&&i| dataset.records[i].category == c.id)
                .count();
            (c.id.clone(), n)
        })
        .collect()
}

/// What changed in month `at`, for Play's caption: "Jan 2021: Kapital Bank ATM, Shusha —
/// opened; +2 more". `changed` holds (record, status taken) in the order to name them; the
/// first is named, the rest counted. `None` when nothing changed.
pub fn change_caption(
    t: &Text,
    dataset: &Dataset,
    changed: &[(usize, Status)],
    at: Month,
) -> Option<String> {
    let &(first, status) = changed.first()?;
    let record = &dataset.records[first];
    let line = Text::fill(t.change_caption, "month", present::date(t, &at.as_date()))
        .replace("{name}", record.name.get(t.lang))
        .replace("{place}", dataset.place_name(&record.location.town, t.lang))
        .replace(
            "{status}",
            &crate::text::lower_case(t.status_names[status as usize]),
        );
    let more = changed.len() - 1;
    Some(if more > 0 {
        line + &Text::fill(t.change_more, "n", more)
    } else {
        line
    })
}

/// "12 services open, 5 planned, in 6 towns, as of Mar 2021." With a start month (`since`),
/// the records are those with a change from then on, and the sentence says so:
/// "Since Jan 2023: 4 services open, …".
pub fn sentence(t: &Text, summary: &Summary, at: Month, since: Option<Month>) -> String {
    let count = |forms: [&str; 3], n: usize| t.count(forms, n);
    let mut parts = vec![count(t.summary_open, summary.opened)];
    if summary.planned > 0 {
        parts.push(count(t.summary_planned, summary.planned));
    }
    if summary.closed > 0 {
        parts.push(count(t.summary_closed, summary.closed));
    }
    let towns = count(t.summary_towns, summary.towns);
    let when = Text::fill(t.summary_as_of, "date", present::date(t, &at.as_date()));
    let lead = since
        .map(|m| Text::fill(t.summary_since, "date", present::date(t, &m.as_date())))
        .unwrap_or_default();
    let mentioned = if summary.mentioned > 0 {
        Text::fill(t.summary_mentioned, "n", summary.mentioned)
    } else {
        String::new()
    };
    format!("{lead}{}, {towns}, {when}{mentioned}.", parts.join(", "))
}

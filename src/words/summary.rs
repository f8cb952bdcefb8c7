//! The headline sentence and Play's caption, from the counts of `query::stats`.

use crate::model::{Dataset, Status};
use crate::query::month::Month;
use crate::query::stats::Summary;

use super::present;
use super::text::Text;

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
            &crate::words::text::lower_case(t.status_names[status]),
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

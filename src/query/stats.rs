//! Counts for the current view (`words::summary` words them).

use std::collections::BTreeSet;

use crate::model::{Dataset, Status};

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

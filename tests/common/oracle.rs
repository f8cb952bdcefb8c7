//! Slow, obviously right versions of what the query computes fast, for tests and benchmarks
//! to check it against. Each user takes what it needs.
#![allow(dead_code)]

use std::collections::BTreeSet;

use karabakh_services_map::model::{Dataset, Status};
use karabakh_services_map::query::stats::Summary;
use karabakh_services_map::query::timeline::status_at;
use karabakh_services_map::query::Month;

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

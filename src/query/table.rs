//! Rows of the record list and their sort orders.

use crate::model::{Dataset, PartialDate, Status};

use super::month::Month;
use super::search::fold;
use super::timeline::effective_month;

/// Columns the list sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// Record name (English, folded).
    Name,
    /// Category, in legend order.
    Category,
    /// Town (folded).
    Town,
    /// Status at the chosen month.
    Status,
    /// Date of the latest change in effect; undated last.
    Date,
}

/// One row: a visible record at month `at`.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Index into the dataset's records.
    pub index: usize,
    /// Status at `at`.
    pub status: Option<Status>,
    /// Date of the latest change in effect at `at`, if it has one.
    pub date: Option<PartialDate>,
}

/// The rows for `visible` at `at`, sorted by `column` (ties by name), ascending or not.
pub fn rows(
    dataset: &Dataset,
    visible: &[usize],
    at: Month,
    as_of: Month,
    column: Column,
    ascending: bool,
) -> Vec<Row> {
    let mut rows: Vec<Row> = visible
        .iter()
        .map(|&index| {
            let r = &dataset.records[index];
            let latest = r
                .status
                .iter()
                .filter(|c| effective_month(c, as_of) <= at)
                .max_by_key(|c| effective_month(c, as_of));
            Row {
                index,
                status: latest.map(|c| c.status),
                date: latest.and_then(|c| c.date),
            }
        })
        .collect();
    let name = |row: &Row| fold(dataset.records[row.index].name.get("en"));
    let category_rank = |row: &Row| {
        let id = &dataset.records[row.index].category;
        dataset.categories.iter().position(|c| c.id == *id)
    };
    rows.sort_by(|a, b| {
        let primary = match column {
            Column::Name => std::cmp::Ordering::Equal,
            Column::Category => category_rank(a).cmp(&category_rank(b)),
            Column::Town => fold(&dataset.records[a.index].location.town)
                .cmp(&fold(&dataset.records[b.index].location.town)),
            Column::Status => a.status.cmp(&b.status),
            // Undated rows go last in ascending order.
            Column::Date => match (a.date, b.date) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            },
        };
        let ordering = primary
            .then_with(|| name(a).cmp(&name(b)))
            .then(a.index.cmp(&b.index));
        if ascending {
            ordering
        } else {
            ordering.reverse()
        }
    });
    rows
}
